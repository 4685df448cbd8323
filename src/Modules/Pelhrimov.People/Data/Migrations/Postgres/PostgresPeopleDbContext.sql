CREATE TABLE IF NOT EXISTS __migrations_people (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___migrations_people" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE people_link_reviews (
    "AccountId" uuid NOT NULL,
    "Reason" character varying(20) NOT NULL,
    "CandidateIds" character varying(2000) NOT NULL,
    "NameKey" character varying(64),
    "AddressKey" character varying(64),
    "CreatedUtc" timestamp with time zone NOT NULL,
    "UpdatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_people_link_reviews" PRIMARY KEY ("AccountId")
);

CREATE TABLE people_links (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "PersonId" character varying(50) NOT NULL,
    "Method" character varying(20) NOT NULL,
    "LinkedUtc" timestamp with time zone NOT NULL,
    "LinkedBy" character varying(256) NOT NULL,
    "UnlinkedUtc" timestamp with time zone,
    "UnlinkedBy" character varying(256),
    CONSTRAINT "PK_people_links" PRIMARY KEY ("Id")
);

CREATE TABLE people_persons (
    "Id" character varying(50) NOT NULL,
    "GivenName" character varying(200) NOT NULL,
    "FamilyName" character varying(200) NOT NULL,
    "DateOfBirth" date NOT NULL,
    "Street" character varying(200),
    "HouseNumber" character varying(50),
    "Town" character varying(200),
    "PostCode" character varying(20),
    "NameKey" character varying(64) NOT NULL,
    "AddressKey" character varying(64),
    "UpdatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_people_persons" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_people_link_reviews_AddressKey" ON people_link_reviews ("AddressKey");

CREATE INDEX "IX_people_link_reviews_CreatedUtc" ON people_link_reviews ("CreatedUtc");

CREATE INDEX "IX_people_link_reviews_NameKey" ON people_link_reviews ("NameKey");

CREATE UNIQUE INDEX "IX_people_links_AccountId_PersonId" ON people_links ("AccountId", "PersonId");

CREATE INDEX "IX_people_links_PersonId" ON people_links ("PersonId");

CREATE INDEX "IX_people_persons_AddressKey" ON people_persons ("AddressKey");

CREATE INDEX "IX_people_persons_FamilyName_GivenName" ON people_persons ("FamilyName", "GivenName");

CREATE INDEX "IX_people_persons_NameKey" ON people_persons ("NameKey");

INSERT INTO __migrations_people ("MigrationId", "ProductVersion")
VALUES ('20261204134343_InitialPeople', '10.0.15');

COMMIT;

