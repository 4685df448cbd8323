using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pelhrimov.Notifications.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PreferencesDigestsNews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DigestDueUtc",
                table: "notifications_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DigestId",
                table: "notifications_messages",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications_news_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnsubscribedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_news_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_preferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    KindKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<bool>(type: "boolean", nullable: false),
                    Inbox = table.Column<bool>(type: "boolean", nullable: false),
                    Sms = table.Column<bool>(type: "boolean", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_preferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_messages_DigestId_DigestDueUtc",
                table: "notifications_messages",
                columns: new[] { "DigestId", "DigestDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_news_subscriptions_Category_ConfirmedUtc",
                table: "notifications_news_subscriptions",
                columns: new[] { "Category", "ConfirmedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_news_subscriptions_Email_Category",
                table: "notifications_news_subscriptions",
                columns: new[] { "Email", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_preferences_AccountId_KindKey",
                table: "notifications_preferences",
                columns: new[] { "AccountId", "KindKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_news_subscriptions");

            migrationBuilder.DropTable(
                name: "notifications_preferences");

            migrationBuilder.DropIndex(
                name: "IX_notifications_messages_DigestId_DigestDueUtc",
                table: "notifications_messages");

            migrationBuilder.DropColumn(
                name: "DigestDueUtc",
                table: "notifications_messages");

            migrationBuilder.DropColumn(
                name: "DigestId",
                table: "notifications_messages");
        }
    }
}
