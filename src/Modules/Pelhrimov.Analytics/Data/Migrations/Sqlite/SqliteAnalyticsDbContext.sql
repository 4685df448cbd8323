CREATE TABLE IF NOT EXISTS "__migrations_analytics" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_analytics" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "analytics_daily" (
    "date" TEXT NOT NULL CONSTRAINT "PK_analytics_daily" PRIMARY KEY,
    "views" INTEGER NOT NULL,
    "visits" INTEGER NOT NULL
);

CREATE TABLE "analytics_page_daily" (
    "date" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "views" INTEGER NOT NULL,
    CONSTRAINT "PK_analytics_page_daily" PRIMARY KEY ("date", "path")
);

INSERT INTO "__migrations_analytics" ("MigrationId", "ProductVersion")
VALUES ('20261129151441_InitialAnalytics', '10.0.15');

COMMIT;

