CREATE TABLE IF NOT EXISTS __migrations_apiclients (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___migrations_apiclients" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE apiclients_clients (
    "Id" text NOT NULL,
    "Note" character varying(1000),
    "IsEnabled" boolean NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "SecretCreatedUtc" timestamp with time zone NOT NULL,
    "ApplicationType" character varying(50),
    "ClientId" character varying(100),
    "ClientSecret" text,
    "ClientType" character varying(50),
    "ConcurrencyToken" character varying(50),
    "ConsentType" character varying(50),
    "DisplayName" text,
    "DisplayNames" text,
    "JsonWebKeySet" text,
    "Permissions" text,
    "PostLogoutRedirectUris" text,
    "Properties" text,
    "RedirectUris" text,
    "Requirements" text,
    "Settings" text,
    CONSTRAINT "PK_apiclients_clients" PRIMARY KEY ("Id")
);

CREATE TABLE apiclients_scopes (
    "Id" text NOT NULL,
    "ConcurrencyToken" character varying(50),
    "Description" text,
    "Descriptions" text,
    "DisplayName" text,
    "DisplayNames" text,
    "Name" character varying(200),
    "Properties" text,
    "Resources" text,
    CONSTRAINT "PK_apiclients_scopes" PRIMARY KEY ("Id")
);

CREATE TABLE apiclients_authorizations (
    "Id" text NOT NULL,
    "ApplicationId" text,
    "ConcurrencyToken" character varying(50),
    "CreationDate" timestamp with time zone,
    "Properties" text,
    "Scopes" text,
    "Status" character varying(50),
    "Subject" character varying(400),
    "Type" character varying(50),
    CONSTRAINT "PK_apiclients_authorizations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_apiclients_authorizations_apiclients_clients_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES apiclients_clients ("Id")
);

CREATE TABLE apiclients_tokens (
    "Id" text NOT NULL,
    "ApplicationId" text,
    "AuthorizationId" text,
    "ConcurrencyToken" character varying(50),
    "CreationDate" timestamp with time zone,
    "ExpirationDate" timestamp with time zone,
    "Payload" text,
    "Properties" text,
    "RedemptionDate" timestamp with time zone,
    "ReferenceId" character varying(100),
    "Status" character varying(50),
    "Subject" character varying(400),
    "Type" character varying(150),
    CONSTRAINT "PK_apiclients_tokens" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_apiclients_tokens_apiclients_authorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES apiclients_authorizations ("Id"),
    CONSTRAINT "FK_apiclients_tokens_apiclients_clients_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES apiclients_clients ("Id")
);

CREATE INDEX "IX_apiclients_authorizations_ApplicationId_Status_Subject_Type" ON apiclients_authorizations ("ApplicationId", "Status", "Subject", "Type");

CREATE UNIQUE INDEX "IX_apiclients_clients_ClientId" ON apiclients_clients ("ClientId");

CREATE INDEX "IX_apiclients_clients_DisplayName" ON apiclients_clients ("DisplayName");

CREATE UNIQUE INDEX "IX_apiclients_scopes_Name" ON apiclients_scopes ("Name");

CREATE INDEX "IX_apiclients_tokens_ApplicationId_Status_Subject_Type" ON apiclients_tokens ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_apiclients_tokens_AuthorizationId" ON apiclients_tokens ("AuthorizationId");

CREATE INDEX "IX_apiclients_tokens_CreationDate" ON apiclients_tokens ("CreationDate");

CREATE UNIQUE INDEX "IX_apiclients_tokens_ReferenceId" ON apiclients_tokens ("ReferenceId");

INSERT INTO __migrations_apiclients ("MigrationId", "ProductVersion")
VALUES ('20261129163958_InitialApiClients', '10.0.15');

COMMIT;

