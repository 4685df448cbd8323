using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pelhrimov.Workflows.Data.Migrations.Postgres
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
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Chain = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_caused_events", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "workflows_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    Chain = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    NextStep = table.Column<int>(type: "integer", nullable: false),
                    StepAttempts = table.Column<int>(type: "integer", nullable: false),
                    NextRunUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaseToken = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_step_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepIndex = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Input = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationMs = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_step_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkflowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TriggerKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TriggerDays = table.Column<int>(type: "integer", nullable: false),
                    Cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Conditions = table.Column<string>(type: "text", nullable: false),
                    Steps = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    TriggerKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NextFireUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EnabledSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
