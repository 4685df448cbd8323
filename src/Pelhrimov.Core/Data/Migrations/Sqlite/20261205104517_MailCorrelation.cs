using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MailCorrelation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrelationId",
                table: "core_outgoing_mail",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_outgoing_mail_CorrelationId",
                table: "core_outgoing_mail",
                column: "CorrelationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_core_outgoing_mail_CorrelationId",
                table: "core_outgoing_mail");

            migrationBuilder.DropColumn(
                name: "CorrelationId",
                table: "core_outgoing_mail");
        }
    }
}
