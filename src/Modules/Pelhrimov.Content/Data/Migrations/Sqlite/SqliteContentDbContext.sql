CREATE TABLE IF NOT EXISTS "__migrations_content" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_content" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "content_items" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_content_items" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "Key" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "IsArchived" INTEGER NOT NULL
);

CREATE TABLE "content_media" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_content_media" PRIMARY KEY,
    "Key" TEXT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Size" INTEGER NOT NULL,
    "Width" INTEGER NULL,
    "Height" INTEGER NULL,
    "Description" TEXT NULL,
    "UploadedUtc" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL
);

CREATE TABLE "content_menus" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_content_menus" PRIMARY KEY,
    "ItemsJson" TEXT NOT NULL
);

CREATE TABLE "content_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_content_versions" PRIMARY KEY AUTOINCREMENT,
    "ItemId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "IsLatest" INTEGER NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "PublishedUtc" TEXT NULL,
    "ScheduledPublishUtc" TEXT NULL,
    "ScheduledUnpublishUtc" TEXT NULL,
    "FieldsJson" TEXT NOT NULL,
    "Category" TEXT NULL,
    "ParentId" TEXT NULL,
    "MenuOrder" INTEGER NOT NULL,
    "PostedFromUtc" TEXT NULL,
    "PostedToUtc" TEXT NULL,
    CONSTRAINT "FK_content_versions_content_items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "content_items" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_content_items_Key" ON "content_items" ("Key");

CREATE INDEX "IX_content_items_Type_CreatedUtc" ON "content_items" ("Type", "CreatedUtc");

CREATE UNIQUE INDEX "IX_content_media_Key" ON "content_media" ("Key");

CREATE INDEX "IX_content_media_UploadedUtc" ON "content_media" ("UploadedUtc");

CREATE UNIQUE INDEX "IX_content_versions_ItemId_Number" ON "content_versions" ("ItemId", "Number");

CREATE INDEX "IX_content_versions_ScheduledPublishUtc" ON "content_versions" ("ScheduledPublishUtc");

CREATE INDEX "IX_content_versions_ScheduledUnpublishUtc" ON "content_versions" ("ScheduledUnpublishUtc");

CREATE INDEX "IX_content_versions_Type_IsLatest" ON "content_versions" ("Type", "IsLatest");

CREATE INDEX "IX_content_versions_Type_IsPublished_PublishedUtc" ON "content_versions" ("Type", "IsPublished", "PublishedUtc");

CREATE INDEX "IX_content_versions_Type_IsPublished_Slug" ON "content_versions" ("Type", "IsPublished", "Slug");

INSERT INTO "__migrations_content" ("MigrationId", "ProductVersion")
VALUES ('20261129135141_InitialContent', '10.0.15');

COMMIT;

