using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.Forms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forms_forms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LiveVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    DraftVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_forms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forms_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forms_versions_forms_forms_FormId",
                        column: x => x.FormId,
                        principalTable: "forms_forms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forms_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    CurrentStepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_drafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forms_drafts_forms_forms_FormId",
                        column: x => x.FormId,
                        principalTable: "forms_forms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_forms_drafts_forms_versions_FormVersionId",
                        column: x => x.FormVersionId,
                        principalTable: "forms_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "forms_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubmitterName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceiptState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiptSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FilingExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forms_submissions_forms_forms_FormId",
                        column: x => x.FormId,
                        principalTable: "forms_forms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_forms_submissions_forms_versions_FormVersionId",
                        column: x => x.FormVersionId,
                        principalTable: "forms_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "forms_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    InputName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forms_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forms_attachments_forms_drafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "forms_drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_forms_attachments_forms_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "forms_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forms_attachments_DraftId",
                table: "forms_attachments",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_forms_attachments_SubmissionId",
                table: "forms_attachments",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_forms_drafts_AccountId_FormId",
                table: "forms_drafts",
                columns: new[] { "AccountId", "FormId" },
                unique: true,
                filter: "\"AccountId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_forms_drafts_ExpiresUtc",
                table: "forms_drafts",
                column: "ExpiresUtc");

            migrationBuilder.CreateIndex(
                name: "IX_forms_drafts_FormId",
                table: "forms_drafts",
                column: "FormId");

            migrationBuilder.CreateIndex(
                name: "IX_forms_drafts_FormVersionId",
                table: "forms_drafts",
                column: "FormVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_forms_drafts_TokenHash_FormId",
                table: "forms_drafts",
                columns: new[] { "TokenHash", "FormId" },
                unique: true,
                filter: "\"TokenHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_forms_forms_Slug",
                table: "forms_forms",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forms_submissions_AccountId",
                table: "forms_submissions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_forms_submissions_FormId_SubmittedUtc",
                table: "forms_submissions",
                columns: new[] { "FormId", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_forms_submissions_FormVersionId",
                table: "forms_submissions",
                column: "FormVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_forms_submissions_Reference",
                table: "forms_submissions",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forms_versions_FormId_Number",
                table: "forms_versions",
                columns: new[] { "FormId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forms_attachments");

            migrationBuilder.DropTable(
                name: "forms_drafts");

            migrationBuilder.DropTable(
                name: "forms_submissions");

            migrationBuilder.DropTable(
                name: "forms_versions");

            migrationBuilder.DropTable(
                name: "forms_forms");
        }
    }
}
