using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Receivables.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VariableSymbol = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SpecificSymbol = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ConstantSymbol = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AccountPrefix = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receivables_receivables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "receivables_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivableId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivableId = table.Column<long>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
