CREATE TABLE IF NOT EXISTS __migrations_analytics (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___migrations_analytics" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE analytics_daily (
    date date NOT NULL,
    views bigint NOT NULL,
    visits bigint NOT NULL,
    CONSTRAINT "PK_analytics_daily" PRIMARY KEY (date)
);

CREATE TABLE analytics_page_daily (
    date date NOT NULL,
    path character varying(300) NOT NULL,
    views bigint NOT NULL,
    CONSTRAINT "PK_analytics_page_daily" PRIMARY KEY (date, path)
);

INSERT INTO __migrations_analytics ("MigrationId", "ProductVersion")
VALUES ('20261129151501_InitialAnalytics', '10.0.15');

COMMIT;

