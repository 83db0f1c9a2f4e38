using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CseaHub.Web.Data.Postgres.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "SourceUrls",
                table: "Countries",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    MonitoringBodyId = table.Column<int>(type: "integer", nullable: true),
                    OpenedForSignature_Date = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedForSignature_SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    OpenedForSignature_AsOf = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedAt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EntryIntoForce_Date = table.Column<DateOnly>(type: "date", nullable: true),
                    EntryIntoForce_SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    EntryIntoForce_AsOf = table.Column<DateOnly>(type: "date", nullable: true),
                    OfficialText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Gaps = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ShortNameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ShortNameFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SummaryEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SummaryFr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublicUpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublicDatasetHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DatasetHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Published = table.Column<DateOnly>(type: "date", nullable: true),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    InstrumentId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstrumentId = table.Column<int>(type: "integer", nullable: false),
                    CountryId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Signature = table.Column<DateOnly>(type: "date", nullable: true),
                    Ratification = table.Column<DateOnly>(type: "date", nullable: true),
                    Accession = table.Column<bool>(type: "boolean", nullable: false),
                    EntryIntoForce = table.Column<DateOnly>(type: "date", nullable: true),
                    Reservations = table.Column<string>(type: "text", nullable: true),
                    SourceUrls = table.Column<List<string>>(type: "text[]", nullable: false),
                    StatusAsOf = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
