using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Receivables.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PaymentCode",
                table: "receivables_receivables",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_receivables_receivables_VariableSymbol",
                table: "receivables_receivables",
                column: "VariableSymbol");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_receivables_receivables_VariableSymbol",
                table: "receivables_receivables");

            migrationBuilder.DropColumn(
                name: "PaymentCode",
                table: "receivables_receivables");
        }
    }
}
