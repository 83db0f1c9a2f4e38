using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CseaHub.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CooperationNavigator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "Instruments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.CreateTable(
                name: "CooperationMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Emergency = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LabelEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LabelFr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstrumentId = table.Column<int>(type: "integer", nullable: false),
                    Articles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Measures = table.Column<List<string>>(type: "text[]", nullable: false),
                    Use = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Binding = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AuthoritiesInstrumentId = table.Column<int>(type: "integer", nullable: true),
                    AuthorityRoles = table.Column<string[]>(type: "text[]", nullable: false),
                    Gaps = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequirementsEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequirementsFr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SummaryEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SummaryFr = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
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
                    table.PrimaryKey("PK_CooperationRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationRoutes_Instruments_AuthoritiesInstrumentId",
                        column: x => x.AuthoritiesInstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CooperationRoutes_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartyReservationEffects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Articles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Side = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PartyId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyReservationEffects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyReservationEffects_Party_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Party",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRouteDocuments",
                columns: table => new
                {
                    CooperationRouteId = table.Column<int>(type: "integer", nullable: false),
                    DocumentsId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteDocuments", x => new { x.CooperationRouteId, x.DocumentsId });
                    table.ForeignKey(
                        name: "FK_CooperationRouteDocuments_CooperationRoutes_CooperationRout~",
                        column: x => x.CooperationRouteId,
                        principalTable: "CooperationRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationRouteDocuments_Documents_DocumentsId",
                        column: x => x.DocumentsId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRouteExclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    CooperationRouteId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationRouteExclusions_CooperationRoutes_CooperationRou~",
                        column: x => x.CooperationRouteId,
                        principalTable: "CooperationRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRouteOrganisations",
                columns: table => new
                {
                    CooperationRouteId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationsId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteOrganisations", x => new { x.CooperationRouteId, x.OrganisationsId });
                    table.ForeignKey(
                        name: "FK_CooperationRouteOrganisations_CooperationRoutes_Cooperation~",
                        column: x => x.CooperationRouteId,
                        principalTable: "CooperationRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationRouteOrganisations_Organisations_OrganisationsId",
                        column: x => x.OrganisationsId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRouteSources",
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
                    CooperationRouteId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationRouteSources_CooperationRoutes_CooperationRouteId",
                        column: x => x.CooperationRouteId,
                        principalTable: "CooperationRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationMeasures_Key",
                table: "CooperationMeasures",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRouteDocuments_DocumentsId",
                table: "CooperationRouteDocuments",
                column: "DocumentsId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRouteExclusions_CooperationRouteId",
                table: "CooperationRouteExclusions",
                column: "CooperationRouteId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRouteOrganisations_OrganisationsId",
                table: "CooperationRouteOrganisations",
                column: "OrganisationsId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRoutes_AuthoritiesInstrumentId",
                table: "CooperationRoutes",
                column: "AuthoritiesInstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRoutes_InstrumentId",
                table: "CooperationRoutes",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRoutes_Slug",
                table: "CooperationRoutes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRoutes_Status_Visibility",
                table: "CooperationRoutes",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRouteSources_CooperationRouteId",
                table: "CooperationRouteSources",
                column: "CooperationRouteId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyReservationEffects_PartyId",
                table: "PartyReservationEffects",
                column: "PartyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CooperationMeasures");

            migrationBuilder.DropTable(
                name: "CooperationRouteDocuments");

            migrationBuilder.DropTable(
                name: "CooperationRouteExclusions");

            migrationBuilder.DropTable(
                name: "CooperationRouteOrganisations");

            migrationBuilder.DropTable(
                name: "CooperationRouteSources");

            migrationBuilder.DropTable(
                name: "PartyReservationEffects");

            migrationBuilder.DropTable(
                name: "CooperationRoutes");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "Instruments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32);
        }
    }
}
