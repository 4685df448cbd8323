CREATE TABLE IF NOT EXISTS __migrations_filings (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___migrations_filings" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE filings_filings (
    "Id" uuid NOT NULL,
    "ExternalId" character varying(100) NOT NULL,
    "Reference" character varying(20) NOT NULL,
    "CaseNumber" character varying(100),
    "FileMark" character varying(100),
    "Subject" character varying(500) NOT NULL,
    "SourceSlug" character varying(200),
    "Channel" character varying(30) NOT NULL,
    "SubmittedUtc" timestamp with time zone NOT NULL,
    "Department" character varying(200),
    "Clerk" character varying(200),
    "PersonId" character varying(100) NOT NULL,
    "Status" character varying(30) NOT NULL,
    "StatusChangedUtc" timestamp with time zone NOT NULL,
    "UpdatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_filings_filings" PRIMARY KEY ("Id")
);

CREATE TABLE filings_documents (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "ExternalId" character varying(100),
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Direction" character varying(30) NOT NULL,
    "AddedUtc" timestamp with time zone NOT NULL,
    "AddedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_filings_documents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_filings_documents_filings_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES filings_filings ("Id") ON DELETE CASCADE
);

CREATE TABLE filings_status_changes (
    "Id" uuid NOT NULL,
    "FilingId" uuid NOT NULL,
    "ChangeKey" character varying(100) NOT NULL,
    "OccurredUtc" timestamp with time zone NOT NULL,
    "Actor" character varying(256) NOT NULL,
    "OldStatus" character varying(30),
    "Status" character varying(30) NOT NULL,
    "PublicNote" character varying(4000),
    "InternalNote" character varying(4000),
    CONSTRAINT "PK_filings_status_changes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_filings_status_changes_filings_filings_FilingId" FOREIGN KEY ("FilingId") REFERENCES filings_filings ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_filings_documents_FilingId_ExternalId" ON filings_documents ("FilingId", "ExternalId");

CREATE UNIQUE INDEX "IX_filings_filings_ExternalId" ON filings_filings ("ExternalId");

CREATE INDEX "IX_filings_filings_PersonId_SubmittedUtc" ON filings_filings ("PersonId", "SubmittedUtc");

CREATE UNIQUE INDEX "IX_filings_filings_Reference" ON filings_filings ("Reference");

CREATE INDEX "IX_filings_filings_Status_SubmittedUtc" ON filings_filings ("Status", "SubmittedUtc");

CREATE UNIQUE INDEX "IX_filings_status_changes_FilingId_ChangeKey" ON filings_status_changes ("FilingId", "ChangeKey");

INSERT INTO __migrations_filings ("MigrationId", "ProductVersion")
VALUES ('20261204134842_Initial', '10.0.15');

COMMIT;

START TRANSACTION;
CREATE TABLE filings_connector_answers (
    "Key" character varying(64) NOT NULL,
    "Query" character varying(200) NOT NULL,
    "AsOfUtc" timestamp with time zone NOT NULL,
    "Payload" text NOT NULL,
    CONSTRAINT "PK_filings_connector_answers" PRIMARY KEY ("Key")
);

INSERT INTO __migrations_filings ("MigrationId", "ProductVersion")
VALUES ('20261204202619_ConnectorAnswers', '10.0.15');

COMMIT;

