using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Search.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Thesaurus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_thesaurus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Synonyms = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    TwoWay = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_thesaurus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "search_thesaurus_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_thesaurus_state", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "search_thesaurus_state",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_search_thesaurus_Terms",
                table: "search_thesaurus",
                column: "Terms");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_thesaurus");

            migrationBuilder.DropTable(
                name: "search_thesaurus_state");
        }
    }
}
