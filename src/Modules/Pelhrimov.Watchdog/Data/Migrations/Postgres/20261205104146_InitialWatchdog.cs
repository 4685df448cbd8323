using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Watchdog.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialWatchdog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "watchdog_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DaysBefore = table.Column<int>(type: "integer", nullable: false),
                    RepeatsYearly = table.Column<bool>(type: "boolean", nullable: false),
                    NextOccurrence = table.Column<DateOnly>(type: "date", nullable: true),
                    RemindOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watchdog_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "watchdog_feeds",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedToken = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IncludesTownDates = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watchdog_feeds", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "watchdog_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurrenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watchdog_reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_watchdog_events_AccountId",
                table: "watchdog_events",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_watchdog_events_RemindOn",
                table: "watchdog_events",
                column: "RemindOn");

            migrationBuilder.CreateIndex(
                name: "IX_watchdog_feeds_TokenHash",
                table: "watchdog_feeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_watchdog_reminders_AccountId",
                table: "watchdog_reminders",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_watchdog_reminders_EventId_OccurrenceDate",
                table: "watchdog_reminders",
                columns: new[] { "EventId", "OccurrenceDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "watchdog_events");

            migrationBuilder.DropTable(
                name: "watchdog_feeds");

            migrationBuilder.DropTable(
                name: "watchdog_reminders");
        }
    }
}
