CREATE TABLE IF NOT EXISTS "__migrations_receivables_cardpayments" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_receivables_cardpayments" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "cardpayments_attempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cardpayments_attempts" PRIMARY KEY AUTOINCREMENT,
    "Reference" TEXT NOT NULL,
    "Gateway" TEXT NOT NULL,
    "TransactionId" TEXT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "BookedUtc" TEXT NULL,
    "Notifications" INTEGER NOT NULL
);

CREATE TABLE "cardpayments_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cardpayments_items" PRIMARY KEY AUTOINCREMENT,
    "AttemptId" INTEGER NOT NULL,
    "ReceivableId" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    CONSTRAINT "FK_cardpayments_items_cardpayments_attempts_AttemptId" FOREIGN KEY ("AttemptId") REFERENCES "cardpayments_attempts" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_cardpayments_attempts_AccountId" ON "cardpayments_attempts" ("AccountId");

CREATE UNIQUE INDEX "IX_cardpayments_attempts_Reference" ON "cardpayments_attempts" ("Reference");

CREATE INDEX "IX_cardpayments_attempts_Status_CreatedUtc" ON "cardpayments_attempts" ("Status", "CreatedUtc");

CREATE UNIQUE INDEX "IX_cardpayments_attempts_TransactionId" ON "cardpayments_attempts" ("TransactionId");

CREATE INDEX "IX_cardpayments_items_AttemptId" ON "cardpayments_items" ("AttemptId");

INSERT INTO "__migrations_receivables_cardpayments" ("MigrationId", "ProductVersion")
VALUES ('20261204173740_Initial', '10.0.15');

COMMIT;

