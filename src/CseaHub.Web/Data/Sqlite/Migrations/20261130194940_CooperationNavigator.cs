using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CooperationNavigator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CooperationMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LabelFr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Articles = table.Column<string>(type: "TEXT", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Binding = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AuthoritiesInstrumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorityRoles = table.Column<string>(type: "TEXT", nullable: false),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequirementsEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequirementsFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SummaryFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Articles = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    CooperationRouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteDocuments", x => new { x.CooperationRouteId, x.DocumentsId });
                    table.ForeignKey(
                        name: "FK_CooperationRouteDocuments_CooperationRoutes_CooperationRouteId",
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CooperationRouteId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationRouteExclusions_CooperationRoutes_CooperationRouteId",
                        column: x => x.CooperationRouteId,
                        principalTable: "CooperationRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationRouteOrganisations",
                columns: table => new
                {
                    CooperationRouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationRouteOrganisations", x => new { x.CooperationRouteId, x.OrganisationsId });
                    table.ForeignKey(
                        name: "FK_CooperationRouteOrganisations_CooperationRoutes_CooperationRouteId",
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CooperationRouteId = table.Column<int>(type: "INTEGER", nullable: false)
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
        }
    }
}
