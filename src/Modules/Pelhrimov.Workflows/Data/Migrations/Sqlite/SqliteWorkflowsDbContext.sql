CREATE TABLE IF NOT EXISTS "__migrations_workflows" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___migrations_workflows" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "workflows_caused_events" (
    "EventId" INTEGER NOT NULL CONSTRAINT "PK_workflows_caused_events" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "Chain" TEXT NOT NULL
);

CREATE TABLE "workflows_instances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflows_instances" PRIMARY KEY,
    "WorkflowId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "SourceKey" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Data" TEXT NOT NULL,
    "Chain" TEXT NOT NULL,
    "NextStep" INTEGER NOT NULL,
    "StepAttempts" INTEGER NOT NULL,
    "NextRunUtc" TEXT NOT NULL,
    "LeaseToken" TEXT NULL,
    "LeaseUntilUtc" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "FinishedUtc" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "workflows_step_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_workflows_step_log" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "StepIndex" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Attempt" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Input" TEXT NULL,
    "Result" TEXT NULL,
    "Error" TEXT NULL,
    "StartedUtc" TEXT NOT NULL,
    "DurationMs" INTEGER NOT NULL
);

CREATE TABLE "workflows_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_workflows_versions" PRIMARY KEY AUTOINCREMENT,
    "WorkflowId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "TriggerKey" TEXT NOT NULL,
    "TriggerDays" INTEGER NOT NULL,
    "Cron" TEXT NULL,
    "Conditions" TEXT NOT NULL,
    "Steps" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE TABLE "workflows_workflows" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflows_workflows" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "CurrentVersion" INTEGER NOT NULL,
    "TriggerKey" TEXT NOT NULL,
    "NextFireUtc" TEXT NULL,
    "EnabledSinceUtc" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL
);

CREATE INDEX "IX_workflows_caused_events_InstanceId" ON "workflows_caused_events" ("InstanceId");

CREATE INDEX "IX_workflows_instances_CreatedUtc" ON "workflows_instances" ("CreatedUtc");

CREATE INDEX "IX_workflows_instances_FinishedUtc" ON "workflows_instances" ("FinishedUtc");

CREATE INDEX "IX_workflows_instances_Status_NextRunUtc" ON "workflows_instances" ("Status", "NextRunUtc");

CREATE UNIQUE INDEX "IX_workflows_instances_WorkflowId_SourceKey" ON "workflows_instances" ("WorkflowId", "SourceKey");

CREATE INDEX "IX_workflows_step_log_InstanceId_Id" ON "workflows_step_log" ("InstanceId", "Id");

CREATE UNIQUE INDEX "IX_workflows_versions_WorkflowId_Number" ON "workflows_versions" ("WorkflowId", "Number");

CREATE INDEX "IX_workflows_workflows_TriggerKey_Enabled" ON "workflows_workflows" ("TriggerKey", "Enabled");

INSERT INTO "__migrations_workflows" ("MigrationId", "ProductVersion")
VALUES ('20261205145959_Initial', '10.0.15');

COMMIT;

