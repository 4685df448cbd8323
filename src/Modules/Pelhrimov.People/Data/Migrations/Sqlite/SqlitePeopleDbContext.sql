CREATE TABLE IF NOT EXISTS "__migrations_people" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_people" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "people_link_reviews" (
    "AccountId" TEXT NOT NULL CONSTRAINT "PK_people_link_reviews" PRIMARY KEY,
    "Reason" TEXT NOT NULL,
    "CandidateIds" TEXT NOT NULL,
    "NameKey" TEXT NULL,
    "AddressKey" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE TABLE "people_links" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_people_links" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "LinkedUtc" TEXT NOT NULL,
    "LinkedBy" TEXT NOT NULL,
    "UnlinkedUtc" TEXT NULL,
    "UnlinkedBy" TEXT NULL
);

CREATE TABLE "people_persons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_people_persons" PRIMARY KEY,
    "GivenName" TEXT NOT NULL,
    "FamilyName" TEXT NOT NULL,
    "DateOfBirth" TEXT NOT NULL,
    "Street" TEXT NULL,
    "HouseNumber" TEXT NULL,
    "Town" TEXT NULL,
    "PostCode" TEXT NULL,
    "NameKey" TEXT NOT NULL,
    "AddressKey" TEXT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE INDEX "IX_people_link_reviews_AddressKey" ON "people_link_reviews" ("AddressKey");

CREATE INDEX "IX_people_link_reviews_CreatedUtc" ON "people_link_reviews" ("CreatedUtc");

CREATE INDEX "IX_people_link_reviews_NameKey" ON "people_link_reviews" ("NameKey");

CREATE UNIQUE INDEX "IX_people_links_AccountId_PersonId" ON "people_links" ("AccountId", "PersonId");

CREATE INDEX "IX_people_links_PersonId" ON "people_links" ("PersonId");

CREATE INDEX "IX_people_persons_AddressKey" ON "people_persons" ("AddressKey");

CREATE INDEX "IX_people_persons_FamilyName_GivenName" ON "people_persons" ("FamilyName", "GivenName");

CREATE INDEX "IX_people_persons_NameKey" ON "people_persons" ("NameKey");

INSERT INTO "__migrations_people" ("MigrationId", "ProductVersion")
VALUES ('20261204134201_InitialPeople', '10.0.15');

COMMIT;

