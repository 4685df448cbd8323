using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pelhrimov.Content.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_media",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: true),
                    Height = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_media", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_menus",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ItemsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_menus", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "content_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsLatest = table.Column<bool>(type: "boolean", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledPublishUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledUnpublishUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FieldsJson = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    MenuOrder = table.Column<int>(type: "integer", nullable: false),
                    PostedFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PostedToUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
