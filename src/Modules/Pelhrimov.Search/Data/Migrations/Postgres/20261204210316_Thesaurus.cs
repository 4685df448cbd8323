using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pelhrimov.Search.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Terms = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Synonyms = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    TwoWay = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_thesaurus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "search_thesaurus_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
