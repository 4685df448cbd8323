using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MailHeaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Headers",
                table: "core_outgoing_mail",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Headers",
                table: "core_outgoing_mail");
        }
    }
}
