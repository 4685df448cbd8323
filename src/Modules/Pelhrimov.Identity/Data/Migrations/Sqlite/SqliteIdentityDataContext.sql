CREATE TABLE IF NOT EXISTS "__migrations_identity" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_identity" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "identity_staff_roles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_identity_staff_roles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "identity_staff_users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_identity_staff_users" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "SearchName" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "LastSignInUtc" TEXT NULL,
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

CREATE TABLE "identity_staff_role_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_identity_staff_role_claims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_identity_staff_role_claims_identity_staff_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "identity_staff_roles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "identity_staff_user_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_identity_staff_user_claims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_identity_staff_user_claims_identity_staff_users_UserId" FOREIGN KEY ("UserId") REFERENCES "identity_staff_users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "identity_staff_user_logins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_identity_staff_user_logins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_identity_staff_user_logins_identity_staff_users_UserId" FOREIGN KEY ("UserId") REFERENCES "identity_staff_users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "identity_staff_user_roles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_identity_staff_user_roles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_identity_staff_user_roles_identity_staff_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "identity_staff_roles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_identity_staff_user_roles_identity_staff_users_UserId" FOREIGN KEY ("UserId") REFERENCES "identity_staff_users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "identity_staff_user_tokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_identity_staff_user_tokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_identity_staff_user_tokens_identity_staff_users_UserId" FOREIGN KEY ("UserId") REFERENCES "identity_staff_users" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_identity_staff_role_claims_RoleId" ON "identity_staff_role_claims" ("RoleId");

CREATE UNIQUE INDEX "IX_identity_staff_roles_NormalizedName" ON "identity_staff_roles" ("NormalizedName");

CREATE INDEX "IX_identity_staff_user_claims_UserId" ON "identity_staff_user_claims" ("UserId");

CREATE INDEX "IX_identity_staff_user_logins_UserId" ON "identity_staff_user_logins" ("UserId");

CREATE INDEX "IX_identity_staff_user_roles_RoleId" ON "identity_staff_user_roles" ("RoleId");

CREATE INDEX "IX_identity_staff_users_NormalizedEmail" ON "identity_staff_users" ("NormalizedEmail");

CREATE UNIQUE INDEX "IX_identity_staff_users_NormalizedUserName" ON "identity_staff_users" ("NormalizedUserName");

INSERT INTO "__migrations_identity" ("MigrationId", "ProductVersion")
VALUES ('20261129141215_InitialIdentity', '10.0.15');

COMMIT;

