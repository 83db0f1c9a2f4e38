using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Instruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CoeMemberSince",
                table: "Countries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrls",
                table: "Countries",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    MonitoringBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    OpenedForSignature_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedForSignature_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    OpenedForSignature_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EntryIntoForce_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EntryIntoForce_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    EntryIntoForce_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OfficialText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ShortNameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ShortNameFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SummaryFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublicUpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublicDatasetHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DatasetHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Instruments_Organisations_MonitoringBodyId",
                        column: x => x.MonitoringBodyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Instruments_Organisations_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentSources_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Signature = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ratification = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Accession = table.Column<bool>(type: "INTEGER", nullable: false),
                    EntryIntoForce = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reservations = table.Column<string>(type: "TEXT", nullable: true),
                    SourceUrls = table.Column<string>(type: "TEXT", nullable: false),
                    StatusAsOf = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Party", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Party_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Party_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_MonitoringBodyId",
                table: "Instruments",
                column: "MonitoringBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_OwnerId",
                table: "Instruments",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Slug",
                table: "Instruments",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Status_Visibility",
                table: "Instruments",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentSources_InstrumentId",
                table: "InstrumentSources",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Party_CountryId",
                table: "Party",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Party_InstrumentId_CountryId",
                table: "Party",
                columns: new[] { "InstrumentId", "CountryId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentSources");

            migrationBuilder.DropTable(
                name: "Party");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropColumn(
                name: "CoeMemberSince",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "SourceUrls",
                table: "Countries");
        }
    }
}
