using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pelhrimov.Receivables.Statements.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statements_booked_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LineKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportId = table.Column<long>(type: "bigint", nullable: false),
                    LineId = table.Column<long>(type: "bigint", nullable: false),
                    ReceivableId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PaymentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BookedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements_booked_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statements_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StatementNumbers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StatementKeys = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    ToBookCount = table.Column<int>(type: "integer", nullable: false),
                    BookedCount = table.Column<int>(type: "integer", nullable: false),
                    ProcessedCount = table.Column<int>(type: "integer", nullable: false),
                    UnmatchedCount = table.Column<int>(type: "integer", nullable: false),
                    RejectedCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BookedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statements_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    LineKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Incoming = table.Column<bool>(type: "boolean", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    BookingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    VariableSymbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SpecificSymbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ConstantSymbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CounterAccount = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CounterpartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MatchKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivableId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Candidates = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Difference = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BookedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    BookedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statements_lines_statements_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "statements_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statements_problems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<long>(type: "bigint", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<bool>(type: "boolean", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements_problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statements_problems_statements_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "statements_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_statements_booked_lines_LineKey",
                table: "statements_booked_lines",
                column: "LineKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_statements_imports_CreatedUtc",
                table: "statements_imports",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_statements_imports_Status",
                table: "statements_imports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_statements_lines_ImportId_Position",
                table: "statements_lines",
                columns: new[] { "ImportId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_statements_lines_LineKey",
                table: "statements_lines",
                column: "LineKey");

            migrationBuilder.CreateIndex(
                name: "IX_statements_problems_ImportId",
                table: "statements_problems",
                column: "ImportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statements_booked_lines");

            migrationBuilder.DropTable(
                name: "statements_lines");

            migrationBuilder.DropTable(
                name: "statements_problems");

            migrationBuilder.DropTable(
                name: "statements_imports");
        }
    }
}
