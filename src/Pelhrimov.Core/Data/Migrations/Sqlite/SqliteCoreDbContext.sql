CREATE TABLE IF NOT EXISTS "__migrations_core" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_core" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "core_audit_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_core_audit_entries" PRIMARY KEY AUTOINCREMENT,
    "OccurredUtc" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NULL,
    "EntityId" TEXT NULL,
    "Summary" TEXT NULL
);

CREATE TABLE "core_indexing_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_core_indexing_log" PRIMARY KEY AUTOINCREMENT,
    "ItemType" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "core_site_settings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_core_site_settings" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "ModifiedUtc" TEXT NOT NULL
);

CREATE INDEX "IX_core_audit_entries_OccurredUtc" ON "core_audit_entries" ("OccurredUtc");

INSERT INTO "__migrations_core" ("MigrationId", "ProductVersion")
VALUES ('20261129135116_InitialCore', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "core_outgoing_mail" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_core_outgoing_mail" PRIMARY KEY AUTOINCREMENT,
    "To" TEXT NOT NULL,
    "ToName" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "HtmlBody" TEXT NULL,
    "Category" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptUtc" TEXT NOT NULL,
    "LockToken" TEXT NULL,
    "LockedUntilUtc" TEXT NULL,
    "LastError" TEXT NULL,
    "SentUtc" TEXT NULL
);

CREATE INDEX "IX_core_outgoing_mail_CreatedUtc" ON "core_outgoing_mail" ("CreatedUtc");

CREATE INDEX "IX_core_outgoing_mail_Status_NextAttemptUtc" ON "core_outgoing_mail" ("Status", "NextAttemptUtc");

CREATE INDEX "IX_core_outgoing_mail_To_Category_CreatedUtc" ON "core_outgoing_mail" ("To", "Category", "CreatedUtc");

INSERT INTO "__migrations_core" ("MigrationId", "ProductVersion")
VALUES ('20261129163650_MailOutbox', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "core_events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_core_events" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Payload" TEXT NOT NULL,
    "OccurredUtc" TEXT NOT NULL,
    "Module" TEXT NOT NULL,
    "CorrelationId" TEXT NULL
);

CREATE TABLE "core_event_deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_core_event_deliveries" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "Handler" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptUtc" TEXT NOT NULL,
    "ClaimToken" TEXT NULL,
    "ClaimedBy" TEXT NULL,
    "LeaseUntilUtc" TEXT NULL,
    "LastError" TEXT NULL,
    "CompletedUtc" TEXT NULL,
    CONSTRAINT "FK_core_event_deliveries_core_events_EventId" FOREIGN KEY ("EventId") REFERENCES "core_events" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_core_event_deliveries_EventId_Handler" ON "core_event_deliveries" ("EventId", "Handler");

CREATE INDEX "IX_core_event_deliveries_Status_NextAttemptUtc" ON "core_event_deliveries" ("Status", "NextAttemptUtc");

CREATE INDEX "IX_core_events_OccurredUtc" ON "core_events" ("OccurredUtc");

INSERT INTO "__migrations_core" ("MigrationId", "ProductVersion")
VALUES ('20261204053722_DomainEvents', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "core_outgoing_mail" ADD "CorrelationId" TEXT NULL;

CREATE INDEX "IX_core_outgoing_mail_CorrelationId" ON "core_outgoing_mail" ("CorrelationId");

INSERT INTO "__migrations_core" ("MigrationId", "ProductVersion")
VALUES ('20261205104517_MailCorrelation', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "core_outgoing_mail" ADD "Headers" TEXT NULL;

INSERT INTO "__migrations_core" ("MigrationId", "ProductVersion")
VALUES ('20261205143733_MailHeaders', '10.0.15');

COMMIT;

