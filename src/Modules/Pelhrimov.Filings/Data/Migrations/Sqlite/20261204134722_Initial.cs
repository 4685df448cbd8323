using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Filings.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "filings_filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileMark = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Clerk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings_filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "filings_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_filings_documents_filings_filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "filings_filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filings_status_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OldStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PublicNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InternalNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_filings_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_filings_status_changes_filings_filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "filings_filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_filings_documents_FilingId_ExternalId",
                table: "filings_documents",
                columns: new[] { "FilingId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_filings_ExternalId",
                table: "filings_filings",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_filings_PersonId_SubmittedUtc",
                table: "filings_filings",
                columns: new[] { "PersonId", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_filings_Reference",
                table: "filings_filings",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_filings_filings_Status_SubmittedUtc",
                table: "filings_filings",
                columns: new[] { "Status", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_filings_status_changes_FilingId_ChangeKey",
                table: "filings_status_changes",
                columns: new[] { "FilingId", "ChangeKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "filings_documents");

            migrationBuilder.DropTable(
                name: "filings_status_changes");

            migrationBuilder.DropTable(
                name: "filings_filings");
        }
    }
}
