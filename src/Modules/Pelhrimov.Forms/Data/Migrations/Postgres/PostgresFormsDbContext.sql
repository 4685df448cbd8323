CREATE TABLE IF NOT EXISTS __migrations_forms (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___migrations_forms" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE forms_forms (
    "Id" uuid NOT NULL,
    "Slug" character varying(200) NOT NULL,
    "Title" character varying(500) NOT NULL,
    "State" character varying(20) NOT NULL,
    "LiveVersionId" uuid,
    "DraftVersionId" uuid,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "UpdatedUtc" timestamp with time zone NOT NULL,
    "Stamp" uuid NOT NULL,
    CONSTRAINT "PK_forms_forms" PRIMARY KEY ("Id")
);

CREATE TABLE forms_versions (
    "Id" uuid NOT NULL,
    "FormId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "DefinitionJson" text NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "PublishedUtc" timestamp with time zone,
    "PublishedBy" character varying(256),
    CONSTRAINT "PK_forms_versions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_forms_versions_forms_forms_FormId" FOREIGN KEY ("FormId") REFERENCES forms_forms ("Id") ON DELETE CASCADE
);

CREATE TABLE forms_drafts (
    "Id" uuid NOT NULL,
    "AccountId" uuid,
    "TokenHash" character varying(64),
    "FormId" uuid NOT NULL,
    "FormVersionId" uuid NOT NULL,
    "AnswersJson" text NOT NULL,
    "CurrentStepId" character varying(100),
    "CreatedUtc" timestamp with time zone NOT NULL,
    "UpdatedUtc" timestamp with time zone NOT NULL,
    "ExpiresUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_forms_drafts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_forms_drafts_forms_forms_FormId" FOREIGN KEY ("FormId") REFERENCES forms_forms ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_forms_drafts_forms_versions_FormVersionId" FOREIGN KEY ("FormVersionId") REFERENCES forms_versions ("Id") ON DELETE RESTRICT
);

CREATE TABLE forms_submissions (
    "Id" uuid NOT NULL,
    "Reference" character varying(20) NOT NULL,
    "FormId" uuid NOT NULL,
    "FormVersionId" uuid NOT NULL,
    "AccountId" uuid,
    "OwnerTokenHash" character varying(64),
    "SubmitterName" character varying(300),
    "ContactEmail" character varying(320),
    "AnswersJson" text NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "SubmittedUtc" timestamp with time zone NOT NULL,
    "ReceiptState" character varying(20) NOT NULL,
    "ReceiptSha256" character varying(64),
    "FilingExternalId" character varying(100),
    CONSTRAINT "PK_forms_submissions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_forms_submissions_forms_forms_FormId" FOREIGN KEY ("FormId") REFERENCES forms_forms ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_forms_submissions_forms_versions_FormVersionId" FOREIGN KEY ("FormVersionId") REFERENCES forms_versions ("Id") ON DELETE RESTRICT
);

CREATE TABLE forms_attachments (
    "Id" uuid NOT NULL,
    "DraftId" uuid,
    "SubmissionId" uuid,
    "InputName" character varying(200) NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_forms_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_forms_attachments_forms_drafts_DraftId" FOREIGN KEY ("DraftId") REFERENCES forms_drafts ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_forms_attachments_forms_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES forms_submissions ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_forms_attachments_DraftId" ON forms_attachments ("DraftId");

CREATE INDEX "IX_forms_attachments_SubmissionId" ON forms_attachments ("SubmissionId");

CREATE UNIQUE INDEX "IX_forms_drafts_AccountId_FormId" ON forms_drafts ("AccountId", "FormId") WHERE "AccountId" IS NOT NULL;

CREATE INDEX "IX_forms_drafts_ExpiresUtc" ON forms_drafts ("ExpiresUtc");

CREATE INDEX "IX_forms_drafts_FormId" ON forms_drafts ("FormId");

CREATE INDEX "IX_forms_drafts_FormVersionId" ON forms_drafts ("FormVersionId");

CREATE UNIQUE INDEX "IX_forms_drafts_TokenHash_FormId" ON forms_drafts ("TokenHash", "FormId") WHERE "TokenHash" IS NOT NULL;

CREATE UNIQUE INDEX "IX_forms_forms_Slug" ON forms_forms ("Slug");

CREATE INDEX "IX_forms_submissions_AccountId" ON forms_submissions ("AccountId");

CREATE INDEX "IX_forms_submissions_FormId_SubmittedUtc" ON forms_submissions ("FormId", "SubmittedUtc");

CREATE INDEX "IX_forms_submissions_FormVersionId" ON forms_submissions ("FormVersionId");

CREATE UNIQUE INDEX "IX_forms_submissions_Reference" ON forms_submissions ("Reference");

CREATE UNIQUE INDEX "IX_forms_versions_FormId_Number" ON forms_versions ("FormId", "Number");

INSERT INTO __migrations_forms ("MigrationId", "ProductVersion")
VALUES ('20261205005045_Initial', '10.0.15');

COMMIT;

