using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pelhrimov.Receivables.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "receivables_receivables",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Period = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    VariableSymbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SpecificSymbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ConstantSymbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AccountPrefix = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    AccountNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BankCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    PaidAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receivables_receivables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "receivables_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReceivableId = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    What = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receivables_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_receivables_history_receivables_receivables_ReceivableId",
                        column: x => x.ReceivableId,
                        principalTable: "receivables_receivables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "receivables_payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReceivableId = table.Column<long>(type: "bigint", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receivables_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_receivables_payments_receivables_receivables_ReceivableId",
                        column: x => x.ReceivableId,
                        principalTable: "receivables_receivables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_receivables_history_ReceivableId",
                table: "receivables_history",
                column: "ReceivableId");

            migrationBuilder.CreateIndex(
                name: "IX_receivables_payments_ReceivableId_ExternalId",
                table: "receivables_payments",
                columns: new[] { "ReceivableId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receivables_receivables_ExternalId",
                table: "receivables_receivables",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receivables_receivables_PersonId_DueDate",
                table: "receivables_receivables",
                columns: new[] { "PersonId", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "receivables_history");

            migrationBuilder.DropTable(
                name: "receivables_payments");

            migrationBuilder.DropTable(
                name: "receivables_receivables");
        }
    }
}
