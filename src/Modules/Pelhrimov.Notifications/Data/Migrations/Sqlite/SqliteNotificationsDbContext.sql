CREATE TABLE IF NOT EXISTS "__migrations_notifications" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_notifications" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "notifications_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_notifications_messages" PRIMARY KEY,
    "TemplateKey" TEXT NOT NULL,
    "TemplateVersion" INTEGER NOT NULL,
    "Channel" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AccountId" TEXT NULL,
    "Address" TEXT NULL,
    "RecipientName" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "HtmlBody" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "StatusUtc" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "ReadUtc" TEXT NULL,
    "ArchivedUtc" TEXT NULL
);

CREATE TABLE "notifications_template_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_notifications_template_versions" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE INDEX "IX_notifications_messages_AccountId_Channel_ArchivedUtc_CreatedUtc" ON "notifications_messages" ("AccountId", "Channel", "ArchivedUtc", "CreatedUtc");

CREATE INDEX "IX_notifications_messages_AccountId_Channel_ReadUtc" ON "notifications_messages" ("AccountId", "Channel", "ReadUtc");

CREATE INDEX "IX_notifications_messages_Channel_Status_CreatedUtc" ON "notifications_messages" ("Channel", "Status", "CreatedUtc");

CREATE INDEX "IX_notifications_messages_CreatedUtc" ON "notifications_messages" ("CreatedUtc");

CREATE UNIQUE INDEX "IX_notifications_template_versions_Key_Version" ON "notifications_template_versions" ("Key", "Version");

INSERT INTO "__migrations_notifications" ("MigrationId", "ProductVersion")
VALUES ('20261205104452_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "notifications_messages" ADD "DigestDueUtc" TEXT NULL;

ALTER TABLE "notifications_messages" ADD "DigestId" TEXT NULL;

CREATE TABLE "notifications_news_subscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_notifications_news_subscriptions" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ConfirmedUtc" TEXT NULL,
    "UnsubscribedUtc" TEXT NULL
);

CREATE TABLE "notifications_preferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_notifications_preferences" PRIMARY KEY AUTOINCREMENT,
    "AccountId" TEXT NOT NULL,
    "KindKey" TEXT NOT NULL,
    "Email" INTEGER NOT NULL,
    "Inbox" INTEGER NOT NULL,
    "Sms" INTEGER NOT NULL,
    "Frequency" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE INDEX "IX_notifications_messages_DigestId_DigestDueUtc" ON "notifications_messages" ("DigestId", "DigestDueUtc");

CREATE INDEX "IX_notifications_news_subscriptions_Category_ConfirmedUtc" ON "notifications_news_subscriptions" ("Category", "ConfirmedUtc");

CREATE UNIQUE INDEX "IX_notifications_news_subscriptions_Email_Category" ON "notifications_news_subscriptions" ("Email", "Category");

CREATE UNIQUE INDEX "IX_notifications_preferences_AccountId_KindKey" ON "notifications_preferences" ("AccountId", "KindKey");

INSERT INTO "__migrations_notifications" ("MigrationId", "ProductVersion")
VALUES ('20261205144540_PreferencesDigestsNews', '10.0.15');

COMMIT;

