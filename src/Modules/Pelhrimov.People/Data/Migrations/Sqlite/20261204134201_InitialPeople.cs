using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pelhrimov.People.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people_link_reviews",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CandidateIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddressKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people_link_reviews", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "people_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LinkedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UnlinkedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnlinkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "people_persons",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HouseNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PostCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddressKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people_persons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_link_reviews_AddressKey",
                table: "people_link_reviews",
                column: "AddressKey");

            migrationBuilder.CreateIndex(
                name: "IX_people_link_reviews_CreatedUtc",
                table: "people_link_reviews",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_people_link_reviews_NameKey",
                table: "people_link_reviews",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_people_links_AccountId_PersonId",
                table: "people_links",
                columns: new[] { "AccountId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_links_PersonId",
                table: "people_links",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_people_persons_AddressKey",
                table: "people_persons",
                column: "AddressKey");

            migrationBuilder.CreateIndex(
                name: "IX_people_persons_FamilyName_GivenName",
                table: "people_persons",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_people_persons_NameKey",
                table: "people_persons",
                column: "NameKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "people_link_reviews");

            migrationBuilder.DropTable(
                name: "people_links");

            migrationBuilder.DropTable(
                name: "people_persons");
        }
    }
}
