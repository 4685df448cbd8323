CREATE TABLE IF NOT EXISTS "__migrations_receivables" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_receivables" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "receivables_receivables" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_receivables_receivables" PRIMARY KEY AUTOINCREMENT,
    "ExternalId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "VariableSymbol" TEXT NOT NULL,
    "SpecificSymbol" TEXT NULL,
    "ConstantSymbol" TEXT NULL,
    "AccountPrefix" TEXT NULL,
    "AccountNumber" TEXT NOT NULL,
    "BankCode" TEXT NOT NULL,
    "Cancelled" INTEGER NOT NULL,
    "PaidAmount" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE TABLE "receivables_history" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_receivables_history" PRIMARY KEY AUTOINCREMENT,
    "ReceivableId" INTEGER NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "What" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_receivables_history_receivables_receivables_ReceivableId" FOREIGN KEY ("ReceivableId") REFERENCES "receivables_receivables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "receivables_payments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_receivables_payments" PRIMARY KEY AUTOINCREMENT,
    "ReceivableId" INTEGER NOT NULL,
    "ExternalId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_receivables_payments_receivables_receivables_ReceivableId" FOREIGN KEY ("ReceivableId") REFERENCES "receivables_receivables" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_receivables_history_ReceivableId" ON "receivables_history" ("ReceivableId");

CREATE UNIQUE INDEX "IX_receivables_payments_ReceivableId_ExternalId" ON "receivables_payments" ("ReceivableId", "ExternalId");

CREATE UNIQUE INDEX "IX_receivables_receivables_ExternalId" ON "receivables_receivables" ("ExternalId");

CREATE INDEX "IX_receivables_receivables_PersonId_DueDate" ON "receivables_receivables" ("PersonId", "DueDate");

INSERT INTO "__migrations_receivables" ("MigrationId", "ProductVersion")
VALUES ('20261204134452_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "receivables_receivables" ADD "PaymentCode" TEXT NULL;

CREATE INDEX "IX_receivables_receivables_VariableSymbol" ON "receivables_receivables" ("VariableSymbol");

INSERT INTO "__migrations_receivables" ("MigrationId", "ProductVersion")
VALUES ('20261204172159_PaymentCode', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "receivables_connector_answers" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_receivables_connector_answers" PRIMARY KEY,
    "Query" TEXT NOT NULL,
    "AsOfUtc" TEXT NOT NULL,
    "Payload" TEXT NOT NULL
);

INSERT INTO "__migrations_receivables" ("MigrationId", "ProductVersion")
VALUES ('20261204202557_ConnectorAnswers', '10.0.15');

COMMIT;

