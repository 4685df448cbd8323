CREATE TABLE IF NOT EXISTS "__migrations_search" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_search" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "search_unanswered" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_search_unanswered" PRIMARY KEY AUTOINCREMENT,
    "Day" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "Count" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_search_unanswered_Day_Query" ON "search_unanswered" ("Day", "Query");

INSERT INTO "__migrations_search" ("MigrationId", "ProductVersion")
VALUES ('20261129153308_InitialSearch', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "search_thesaurus" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_search_thesaurus" PRIMARY KEY AUTOINCREMENT,
    "Terms" TEXT NOT NULL,
    "Synonyms" TEXT NOT NULL,
    "TwoWay" INTEGER NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE TABLE "search_thesaurus_state" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_search_thesaurus_state" PRIMARY KEY,
    "Version" INTEGER NOT NULL
);

INSERT INTO "search_thesaurus_state" ("Id", "Version")
VALUES (1, 0);
SELECT changes();


CREATE INDEX "IX_search_thesaurus_Terms" ON "search_thesaurus" ("Terms");

INSERT INTO "__migrations_search" ("MigrationId", "ProductVersion")
VALUES ('20261204210308_Thesaurus', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "search_queries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_search_queries" PRIMARY KEY AUTOINCREMENT,
    "Day" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "Count" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_search_queries_Day_Query" ON "search_queries" ("Day", "Query");

INSERT INTO "__migrations_search" ("MigrationId", "ProductVersion")
VALUES ('20261206090313_QueryLog', '10.0.15');

COMMIT;

