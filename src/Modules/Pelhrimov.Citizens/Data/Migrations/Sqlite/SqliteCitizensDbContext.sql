CREATE TABLE IF NOT EXISTS "__migrations_citizens" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_citizens" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "citizen_accounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_citizen_accounts" PRIMARY KEY,
    "PersonIdentifier" TEXT NULL,
    "GivenName" TEXT NULL,
    "FamilyName" TEXT NULL,
    "DateOfBirth" TEXT NULL,
    "PlaceOfBirth" TEXT NULL,
    "AddressStreet" TEXT NULL,
    "AddressHouseNumber" TEXT NULL,
    "AddressTown" TEXT NULL,
    "AddressPostCode" TEXT NULL,
    "AddressArea" TEXT NULL,
    "Level" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "LastSignInUtc" TEXT NULL,
    "LastEidSignInUtc" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "citizen_consent_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_citizen_consent_versions" PRIMARY KEY AUTOINCREMENT,
    "Version" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "PublishedUtc" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL
);

CREATE TABLE "citizen_consents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_citizen_consents" PRIMARY KEY AUTOINCREMENT,
    "AccountId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "GrantedUtc" TEXT NOT NULL,
    "Context" TEXT NOT NULL
);

CREATE TABLE "citizen_sign_ins" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_citizen_sign_ins" PRIMARY KEY AUTOINCREMENT,
    "OccurredUtc" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Level" TEXT NULL,
    "NewAccount" INTEGER NOT NULL
);

CREATE TABLE "citizen_account_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_citizen_account_claims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_citizen_account_claims_citizen_accounts_UserId" FOREIGN KEY ("UserId") REFERENCES "citizen_accounts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "citizen_account_logins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_citizen_account_logins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_citizen_account_logins_citizen_accounts_UserId" FOREIGN KEY ("UserId") REFERENCES "citizen_accounts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "citizen_account_tokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_citizen_account_tokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_citizen_account_tokens_citizen_accounts_UserId" FOREIGN KEY ("UserId") REFERENCES "citizen_accounts" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_citizen_account_claims_UserId" ON "citizen_account_claims" ("UserId");

CREATE INDEX "IX_citizen_account_logins_UserId" ON "citizen_account_logins" ("UserId");

CREATE INDEX "IX_citizen_accounts_NormalizedEmail" ON "citizen_accounts" ("NormalizedEmail");

CREATE UNIQUE INDEX "IX_citizen_accounts_NormalizedUserName" ON "citizen_accounts" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_citizen_accounts_PersonIdentifier" ON "citizen_accounts" ("PersonIdentifier");

CREATE UNIQUE INDEX "IX_citizen_consent_versions_Version" ON "citizen_consent_versions" ("Version");

CREATE INDEX "IX_citizen_consents_AccountId_Version" ON "citizen_consents" ("AccountId", "Version");

CREATE INDEX "IX_citizen_sign_ins_OccurredUtc" ON "citizen_sign_ins" ("OccurredUtc");

INSERT INTO "__migrations_citizens" ("MigrationId", "ProductVersion")
VALUES ('20261129164235_InitialCitizens', '10.0.15');

COMMIT;

