using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Workflows.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflows_caused_events",
                columns: table => new
                {
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_caused_events", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "workflows_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkflowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    NextStep = table.Column<int>(type: "INTEGER", nullable: false),
                    StepAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextRunUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_step_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Input = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_step_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkflowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TriggerKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TriggerDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Cron = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TriggerKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NextFireUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EnabledSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_workflows", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_caused_events_InstanceId",
                table: "workflows_caused_events",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instances_CreatedUtc",
                table: "workflows_instances",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instances_FinishedUtc",
                table: "workflows_instances",
                column: "FinishedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instances_Status_NextRunUtc",
                table: "workflows_instances",
                columns: new[] { "Status", "NextRunUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instances_WorkflowId_SourceKey",
                table: "workflows_instances",
                columns: new[] { "WorkflowId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_step_log_InstanceId_Id",
                table: "workflows_step_log",
                columns: new[] { "InstanceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_versions_WorkflowId_Number",
                table: "workflows_versions",
                columns: new[] { "WorkflowId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_workflows_TriggerKey_Enabled",
                table: "workflows_workflows",
                columns: new[] { "TriggerKey", "Enabled" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflows_caused_events");

            migrationBuilder.DropTable(
                name: "workflows_instances");

            migrationBuilder.DropTable(
                name: "workflows_step_log");

            migrationBuilder.DropTable(
                name: "workflows_versions");

            migrationBuilder.DropTable(
                name: "workflows_workflows");
        }
    }
}
