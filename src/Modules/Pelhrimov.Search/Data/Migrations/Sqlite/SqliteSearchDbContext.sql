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

