using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_media",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_media", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_menus",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ItemsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_menus", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "content_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsLatest = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledPublishUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledUnpublishUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MenuOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PostedFromUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PostedToUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_versions_content_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Key",
                table: "content_items",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_CreatedUtc",
                table: "content_items",
                columns: new[] { "Type", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_content_media_Key",
                table: "content_media",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_media_UploadedUtc",
                table: "content_media",
                column: "UploadedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_ItemId_Number",
                table: "content_versions",
                columns: new[] { "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_ScheduledPublishUtc",
                table: "content_versions",
                column: "ScheduledPublishUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_ScheduledUnpublishUtc",
                table: "content_versions",
                column: "ScheduledUnpublishUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_Type_IsLatest",
                table: "content_versions",
                columns: new[] { "Type", "IsLatest" });

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_Type_IsPublished_PublishedUtc",
                table: "content_versions",
                columns: new[] { "Type", "IsPublished", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_Type_IsPublished_Slug",
                table: "content_versions",
                columns: new[] { "Type", "IsPublished", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_media");

            migrationBuilder.DropTable(
                name: "content_menus");

            migrationBuilder.DropTable(
                name: "content_versions");

            migrationBuilder.DropTable(
                name: "content_items");
        }
    }
}
