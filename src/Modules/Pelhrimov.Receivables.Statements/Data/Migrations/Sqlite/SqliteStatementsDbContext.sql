CREATE TABLE IF NOT EXISTS "__migrations_receivables_statements" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_receivables_statements" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "statements_booked_lines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_statements_booked_lines" PRIMARY KEY AUTOINCREMENT,
    "LineKey" TEXT NOT NULL,
    "ImportId" INTEGER NOT NULL,
    "LineId" INTEGER NOT NULL,
    "ReceivableId" TEXT NOT NULL,
    "PaymentId" TEXT NOT NULL,
    "BookedUtc" TEXT NOT NULL
);

CREATE TABLE "statements_imports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_statements_imports" PRIMARY KEY AUTOINCREMENT,
    "FileName" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "StatementNumbers" TEXT NOT NULL,
    "StatementKeys" TEXT NOT NULL,
    "PeriodFrom" TEXT NULL,
    "PeriodTo" TEXT NULL,
    "LineCount" INTEGER NOT NULL,
    "ToBookCount" INTEGER NOT NULL,
    "BookedCount" INTEGER NOT NULL,
    "ProcessedCount" INTEGER NOT NULL,
    "UnmatchedCount" INTEGER NOT NULL,
    "RejectedCount" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ConfirmedBy" TEXT NULL,
    "ConfirmedUtc" TEXT NULL,
    "BookedUtc" TEXT NULL,
    "LeaseUntilUtc" TEXT NULL
);

CREATE TABLE "statements_lines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_statements_lines" PRIMARY KEY AUTOINCREMENT,
    "ImportId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "LineNumber" INTEGER NOT NULL,
    "LineKey" TEXT NOT NULL,
    "Incoming" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "BookingDate" TEXT NOT NULL,
    "VariableSymbol" TEXT NULL,
    "SpecificSymbol" TEXT NULL,
    "ConstantSymbol" TEXT NULL,
    "CounterAccount" TEXT NULL,
    "CounterpartyName" TEXT NULL,
    "Message" TEXT NULL,
    "MatchKind" TEXT NOT NULL,
    "ReceivableId" TEXT NULL,
    "Candidates" TEXT NULL,
    "Difference" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "BookedBy" TEXT NULL,
    "BookedUtc" TEXT NULL,
    CONSTRAINT "FK_statements_lines_statements_imports_ImportId" FOREIGN KEY ("ImportId") REFERENCES "statements_imports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "statements_problems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_statements_problems" PRIMARY KEY AUTOINCREMENT,
    "ImportId" INTEGER NOT NULL,
    "LineNumber" INTEGER NOT NULL,
    "Rejected" INTEGER NOT NULL,
    "Message" TEXT NOT NULL,
    CONSTRAINT "FK_statements_problems_statements_imports_ImportId" FOREIGN KEY ("ImportId") REFERENCES "statements_imports" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_statements_booked_lines_LineKey" ON "statements_booked_lines" ("LineKey");

CREATE INDEX "IX_statements_imports_CreatedUtc" ON "statements_imports" ("CreatedUtc");

CREATE INDEX "IX_statements_imports_Status" ON "statements_imports" ("Status");

CREATE INDEX "IX_statements_lines_ImportId_Position" ON "statements_lines" ("ImportId", "Position");

CREATE INDEX "IX_statements_lines_LineKey" ON "statements_lines" ("LineKey");

CREATE INDEX "IX_statements_problems_ImportId" ON "statements_problems" ("ImportId");

INSERT INTO "__migrations_receivables_statements" ("MigrationId", "ProductVersion")
VALUES ('20261204173121_Initial', '10.0.15');

COMMIT;

