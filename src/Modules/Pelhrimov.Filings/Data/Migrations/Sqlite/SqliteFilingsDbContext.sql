CREATE TABLE IF NOT EXISTS "__migrations_filings" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_filings" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "filings_filings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_filings_filings" PRIMARY KEY,
    "ExternalId" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "CaseNumber" TEXT NULL,
    "FileMark" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "SourceSlug" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "SubmittedUtc" TEXT NOT NULL,
    "Department" TEXT NULL,
    "Clerk" TEXT NULL,
    "PersonId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusChangedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE TABLE "filings_documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_filings_documents" PRIMARY KEY,
    "FilingId" TEXT NOT NULL,
    "ExternalId" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "AddedUtc" TEXT NOT NULL,
    "AddedBy" TEXT NOT NULL,
    CONSTRAINT "FK_filings_documents_filings_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES "filings_filings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "filings_status_changes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_filings_status_changes" PRIMARY KEY,
    "FilingId" TEXT NOT NULL,
    "ChangeKey" TEXT NOT NULL,
    "OccurredUtc" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "OldStatus" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PublicNote" TEXT NULL,
    "InternalNote" TEXT NULL,
    CONSTRAINT "FK_filings_status_changes_filings_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES "filings_filings" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_filings_documents_FilingId_ExternalId" ON "filings_documents" ("FilingId", "ExternalId");

CREATE UNIQUE INDEX "IX_filings_filings_ExternalId" ON "filings_filings" ("ExternalId");

CREATE INDEX "IX_filings_filings_PersonId_SubmittedUtc" ON "filings_filings" ("PersonId", "SubmittedUtc");

CREATE UNIQUE INDEX "IX_filings_filings_Reference" ON "filings_filings" ("Reference");

CREATE INDEX "IX_filings_filings_Status_SubmittedUtc" ON "filings_filings" ("Status", "SubmittedUtc");

CREATE UNIQUE INDEX "IX_filings_status_changes_FilingId_ChangeKey" ON "filings_status_changes" ("FilingId", "ChangeKey");

INSERT INTO "__migrations_filings" ("MigrationId", "ProductVersion")
VALUES ('20261204134722_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "filings_connector_answers" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_filings_connector_answers" PRIMARY KEY,
    "Query" TEXT NOT NULL,
    "AsOfUtc" TEXT NOT NULL,
    "Payload" TEXT NOT NULL
);

INSERT INTO "__migrations_filings" ("MigrationId", "ProductVersion")
VALUES ('20261204202612_ConnectorAnswers', '10.0.15');

COMMIT;

