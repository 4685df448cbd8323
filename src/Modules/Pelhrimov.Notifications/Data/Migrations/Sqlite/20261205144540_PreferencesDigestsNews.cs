using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Notifications.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DigestId",
                table: "notifications_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications_news_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnsubscribedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_news_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_preferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KindKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<bool>(type: "INTEGER", nullable: false),
                    Inbox = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sms = table.Column<bool>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
