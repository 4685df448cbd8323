CREATE TABLE IF NOT EXISTS __migrations_watchdog (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___migrations_watchdog" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE watchdog_events (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Date" date NOT NULL,
    "DaysBefore" integer NOT NULL,
    "RepeatsYearly" boolean NOT NULL,
    "NextOccurrence" date,
    "RemindOn" date,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "UpdatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_watchdog_events" PRIMARY KEY ("Id")
);

CREATE TABLE watchdog_feeds (
    "AccountId" uuid NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "ProtectedToken" character varying(1000) NOT NULL,
    "IncludesTownDates" boolean NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_watchdog_feeds" PRIMARY KEY ("AccountId")
);

CREATE TABLE watchdog_reminders (
    "Id" uuid NOT NULL,
    "EventId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "OccurrenceDate" date NOT NULL,
    "SentUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_watchdog_reminders" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_watchdog_events_AccountId" ON watchdog_events ("AccountId");

CREATE INDEX "IX_watchdog_events_RemindOn" ON watchdog_events ("RemindOn");

CREATE UNIQUE INDEX "IX_watchdog_feeds_TokenHash" ON watchdog_feeds ("TokenHash");

CREATE INDEX "IX_watchdog_reminders_AccountId" ON watchdog_reminders ("AccountId");

CREATE UNIQUE INDEX "IX_watchdog_reminders_EventId_OccurrenceDate" ON watchdog_reminders ("EventId", "OccurrenceDate");

INSERT INTO __migrations_watchdog ("MigrationId", "ProductVersion")
VALUES ('20261205104146_InitialWatchdog', '10.0.15');

COMMIT;

