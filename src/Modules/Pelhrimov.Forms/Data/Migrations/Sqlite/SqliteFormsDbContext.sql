CREATE TABLE IF NOT EXISTS "__migrations_forms" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_forms" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "forms_forms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_forms_forms" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "LiveVersionId" TEXT NULL,
    "DraftVersionId" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "Stamp" TEXT NOT NULL
);

CREATE TABLE "forms_versions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_forms_versions" PRIMARY KEY,
    "FormId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "DefinitionJson" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "PublishedUtc" TEXT NULL,
    "PublishedBy" TEXT NULL,
    CONSTRAINT "FK_forms_versions_forms_forms_FormId" FOREIGN KEY ("FormId") REFERENCES "forms_forms" ("Id") ON DELETE CASCADE
);

CREATE TABLE "forms_drafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_forms_drafts" PRIMARY KEY,
    "AccountId" TEXT NULL,
    "TokenHash" TEXT NULL,
    "FormId" TEXT NOT NULL,
    "FormVersionId" TEXT NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "CurrentStepId" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "ExpiresUtc" TEXT NOT NULL,
    CONSTRAINT "FK_forms_drafts_forms_forms_FormId" FOREIGN KEY ("FormId") REFERENCES "forms_forms" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_forms_drafts_forms_versions_FormVersionId" FOREIGN KEY ("FormVersionId") REFERENCES "forms_versions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "forms_submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_forms_submissions" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "FormId" TEXT NOT NULL,
    "FormVersionId" TEXT NOT NULL,
    "AccountId" TEXT NULL,
    "OwnerTokenHash" TEXT NULL,
    "SubmitterName" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "AnswersJson" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "SubmittedUtc" TEXT NOT NULL,
    "ReceiptState" TEXT NOT NULL,
    "ReceiptSha256" TEXT NULL,
    "FilingExternalId" TEXT NULL,
    CONSTRAINT "FK_forms_submissions_forms_forms_FormId" FOREIGN KEY ("FormId") REFERENCES "forms_forms" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_forms_submissions_forms_versions_FormVersionId" FOREIGN KEY ("FormVersionId") REFERENCES "forms_versions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "forms_attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_forms_attachments" PRIMARY KEY,
    "DraftId" TEXT NULL,
    "SubmissionId" TEXT NULL,
    "InputName" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_forms_attachments_forms_drafts_DraftId" FOREIGN KEY ("DraftId") REFERENCES "forms_drafts" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_forms_attachments_forms_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "forms_submissions" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_forms_attachments_DraftId" ON "forms_attachments" ("DraftId");

CREATE INDEX "IX_forms_attachments_SubmissionId" ON "forms_attachments" ("SubmissionId");

CREATE UNIQUE INDEX "IX_forms_drafts_AccountId_FormId" ON "forms_drafts" ("AccountId", "FormId") WHERE "AccountId" IS NOT NULL;

CREATE INDEX "IX_forms_drafts_ExpiresUtc" ON "forms_drafts" ("ExpiresUtc");

CREATE INDEX "IX_forms_drafts_FormId" ON "forms_drafts" ("FormId");

CREATE INDEX "IX_forms_drafts_FormVersionId" ON "forms_drafts" ("FormVersionId");

CREATE UNIQUE INDEX "IX_forms_drafts_TokenHash_FormId" ON "forms_drafts" ("TokenHash", "FormId") WHERE "TokenHash" IS NOT NULL;

CREATE UNIQUE INDEX "IX_forms_forms_Slug" ON "forms_forms" ("Slug");

CREATE INDEX "IX_forms_submissions_AccountId" ON "forms_submissions" ("AccountId");

CREATE INDEX "IX_forms_submissions_FormId_SubmittedUtc" ON "forms_submissions" ("FormId", "SubmittedUtc");

CREATE INDEX "IX_forms_submissions_FormVersionId" ON "forms_submissions" ("FormVersionId");

CREATE UNIQUE INDEX "IX_forms_submissions_Reference" ON "forms_submissions" ("Reference");

CREATE UNIQUE INDEX "IX_forms_versions_FormId_Number" ON "forms_versions" ("FormId", "Number");

INSERT INTO "__migrations_forms" ("MigrationId", "ProductVersion")
VALUES ('20261205004815_Initial', '10.0.15');

COMMIT;

