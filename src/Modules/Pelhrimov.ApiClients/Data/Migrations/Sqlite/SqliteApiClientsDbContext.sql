CREATE TABLE IF NOT EXISTS "__migrations_apiclients" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_apiclients" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "apiclients_clients" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_apiclients_clients" PRIMARY KEY,
    "Note" TEXT NULL,
    "IsEnabled" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "SecretCreatedUtc" TEXT NOT NULL,
    "ApplicationType" TEXT NULL,
    "ClientId" TEXT NULL,
    "ClientSecret" TEXT NULL,
    "ClientType" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "ConsentType" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "JsonWebKeySet" TEXT NULL,
    "Permissions" TEXT NULL,
    "PostLogoutRedirectUris" TEXT NULL,
    "Properties" TEXT NULL,
    "RedirectUris" TEXT NULL,
    "Requirements" TEXT NULL,
    "Settings" TEXT NULL
);

CREATE TABLE "apiclients_scopes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_apiclients_scopes" PRIMARY KEY,
    "ConcurrencyToken" TEXT NULL,
    "Description" TEXT NULL,
    "Descriptions" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "Name" TEXT NULL,
    "Properties" TEXT NULL,
    "Resources" TEXT NULL
);

CREATE TABLE "apiclients_authorizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_apiclients_authorizations" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "Properties" TEXT NULL,
    "Scopes" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_apiclients_authorizations_apiclients_clients_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "apiclients_clients" ("Id")
);

CREATE TABLE "apiclients_tokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_apiclients_tokens" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "AuthorizationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "ExpirationDate" TEXT NULL,
    "Payload" TEXT NULL,
    "Properties" TEXT NULL,
    "RedemptionDate" TEXT NULL,
    "ReferenceId" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_apiclients_tokens_apiclients_authorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES "apiclients_authorizations" ("Id"),
    CONSTRAINT "FK_apiclients_tokens_apiclients_clients_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "apiclients_clients" ("Id")
);

CREATE INDEX "IX_apiclients_authorizations_ApplicationId_Status_Subject_Type" ON "apiclients_authorizations" ("ApplicationId", "Status", "Subject", "Type");

CREATE UNIQUE INDEX "IX_apiclients_clients_ClientId" ON "apiclients_clients" ("ClientId");

CREATE INDEX "IX_apiclients_clients_DisplayName" ON "apiclients_clients" ("DisplayName");

CREATE UNIQUE INDEX "IX_apiclients_scopes_Name" ON "apiclients_scopes" ("Name");

CREATE INDEX "IX_apiclients_tokens_ApplicationId_Status_Subject_Type" ON "apiclients_tokens" ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_apiclients_tokens_AuthorizationId" ON "apiclients_tokens" ("AuthorizationId");

CREATE INDEX "IX_apiclients_tokens_CreationDate" ON "apiclients_tokens" ("CreationDate");

CREATE UNIQUE INDEX "IX_apiclients_tokens_ReferenceId" ON "apiclients_tokens" ("ReferenceId");

INSERT INTO "__migrations_apiclients" ("MigrationId", "ProductVersion")
VALUES ('20261129163933_InitialApiClients', '10.0.15');

COMMIT;

