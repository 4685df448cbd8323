CREATE TABLE IF NOT EXISTS "__migrations_watchdog" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_watchdog" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "watchdog_events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_watchdog_events" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "DaysBefore" INTEGER NOT NULL,
    "RepeatsYearly" INTEGER NOT NULL,
    "NextOccurrence" TEXT NULL,
    "RemindOn" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE TABLE "watchdog_feeds" (
    "AccountId" TEXT NOT NULL CONSTRAINT "PK_watchdog_feeds" PRIMARY KEY,
    "TokenHash" TEXT NOT NULL,
    "ProtectedToken" TEXT NOT NULL,
    "IncludesTownDates" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "watchdog_reminders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_watchdog_reminders" PRIMARY KEY,
    "EventId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "OccurrenceDate" TEXT NOT NULL,
    "SentUtc" TEXT NOT NULL
);

CREATE INDEX "IX_watchdog_events_AccountId" ON "watchdog_events" ("AccountId");

CREATE INDEX "IX_watchdog_events_RemindOn" ON "watchdog_events" ("RemindOn");

CREATE UNIQUE INDEX "IX_watchdog_feeds_TokenHash" ON "watchdog_feeds" ("TokenHash");

CREATE INDEX "IX_watchdog_reminders_AccountId" ON "watchdog_reminders" ("AccountId");

CREATE UNIQUE INDEX "IX_watchdog_reminders_EventId_OccurrenceDate" ON "watchdog_reminders" ("EventId", "OccurrenceDate");

INSERT INTO "__migrations_watchdog" ("MigrationId", "ProductVersion")
VALUES ('20261205104052_InitialWatchdog', '10.0.15');

COMMIT;

