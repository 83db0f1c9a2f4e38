using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LibraryMonitoringAuthorities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReservationsAndDeclarations",
                table: "Instruments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CompetentAuthorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Articles = table.Column<string>(type: "TEXT", nullable: false),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
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
                    table.PrimaryKey("PK_CompetentAuthorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetentAuthorities_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetentAuthorities_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Launched_Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Launched_Day = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Launched_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Launched_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Launched_SortKey = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportAdopted_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportAdopted_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ReportAdopted_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Questionnaire = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SummaryFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ThemeEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ThemeFr = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
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
                    table.PrimaryKey("PK_MonitoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuthorityDetail",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetentAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorityDetail", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuthorityDetail_CompetentAuthorities_CompetentAuthorityId",
                        column: x => x.CompetentAuthorityId,
                        principalTable: "CompetentAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetentAuthoritySources",
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
                    CompetentAuthorityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetentAuthoritySources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetentAuthoritySources_CompetentAuthorities_CompetentAuthorityId",
                        column: x => x.CompetentAuthorityId,
                        principalTable: "CompetentAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MonitoringRoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedSortKey = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedSourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    IssuedYear = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_MonitoringRounds_MonitoringRoundId",
                        column: x => x.MonitoringRoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Documents_Organisations_IssuedById",
                        column: x => x.IssuedById,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringRoundCountries",
                columns: table => new
                {
                    CountriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    MonitoringRoundId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRoundCountries", x => new { x.CountriesId, x.MonitoringRoundId });
                    table.ForeignKey(
                        name: "FK_MonitoringRoundCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MonitoringRoundCountries_MonitoringRounds_MonitoringRoundId",
                        column: x => x.MonitoringRoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringRoundSources",
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
                    MonitoringRoundId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRoundSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRoundSources_MonitoringRounds_MonitoringRoundId",
                        column: x => x.MonitoringRoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentArticle",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentArticle", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentArticle_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentArticle_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentAudiences",
                columns: table => new
                {
                    AudiencesId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentAudiences", x => new { x.AudiencesId, x.DocumentId });
                    table.ForeignKey(
                        name: "FK_DocumentAudiences_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentAudiences_Terms_AudiencesId",
                        column: x => x.AudiencesId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentCountries",
                columns: table => new
                {
                    CountriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCountries", x => new { x.CountriesId, x.DocumentId });
                    table.ForeignKey(
                        name: "FK_DocumentCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentCountries_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentInstruments",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentInstruments", x => new { x.DocumentId, x.InstrumentsId });
                    table.ForeignKey(
                        name: "FK_DocumentInstruments_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentInstruments_Instruments_InstrumentsId",
                        column: x => x.InstrumentsId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentSources",
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
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentSources_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentTopics",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentTopics", x => new { x.DocumentId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_DocumentTopics_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentTopics_Terms_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Finding",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MonitoringRoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Paragraph = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceKeys = table.Column<string>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Finding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Finding_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Finding_MonitoringRounds_MonitoringRoundId",
                        column: x => x.MonitoringRoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingCountries",
                columns: table => new
                {
                    CountriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingCountries", x => new { x.CountriesId, x.FindingId });
                    table.ForeignKey(
                        name: "FK_FindingCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FindingCountries_Finding_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Finding",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorityDetail_CompetentAuthorityId",
                table: "AuthorityDetail",
                column: "CompetentAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetentAuthorities_CountryId_InstrumentId",
                table: "CompetentAuthorities",
                columns: new[] { "CountryId", "InstrumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetentAuthorities_InstrumentId",
                table: "CompetentAuthorities",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetentAuthorities_Slug",
                table: "CompetentAuthorities",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetentAuthorities_Status_Visibility",
                table: "CompetentAuthorities",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetentAuthoritySources_CompetentAuthorityId",
                table: "CompetentAuthoritySources",
                column: "CompetentAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentArticle_DocumentId_InstrumentId_Number",
                table: "DocumentArticle",
                columns: new[] { "DocumentId", "InstrumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentArticle_InstrumentId",
                table: "DocumentArticle",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentAudiences_DocumentId",
                table: "DocumentAudiences",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCountries_DocumentId",
                table: "DocumentCountries",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentInstruments_InstrumentsId",
                table: "DocumentInstruments",
                column: "InstrumentsId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_IssuedById",
                table: "Documents",
                column: "IssuedById");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_MonitoringRoundId",
                table: "Documents",
                column: "MonitoringRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Slug",
                table: "Documents",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_Visibility",
                table: "Documents",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSources_DocumentId",
                table: "DocumentSources",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentTopics_TopicsId",
                table: "DocumentTopics",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_Finding_DocumentId",
                table: "Finding",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Finding_MonitoringRoundId_Key",
                table: "Finding",
                columns: new[] { "MonitoringRoundId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FindingCountries_FindingId",
                table: "FindingCountries",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRoundCountries_MonitoringRoundId",
                table: "MonitoringRoundCountries",
                column: "MonitoringRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_InstrumentId_Number",
                table: "MonitoringRounds",
                columns: new[] { "InstrumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_Slug",
                table: "MonitoringRounds",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_Status_Visibility",
                table: "MonitoringRounds",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRoundSources_MonitoringRoundId",
                table: "MonitoringRoundSources",
                column: "MonitoringRoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuthorityDetail");

            migrationBuilder.DropTable(
                name: "CompetentAuthoritySources");

            migrationBuilder.DropTable(
                name: "DocumentArticle");

            migrationBuilder.DropTable(
                name: "DocumentAudiences");

            migrationBuilder.DropTable(
                name: "DocumentCountries");

            migrationBuilder.DropTable(
                name: "DocumentInstruments");

            migrationBuilder.DropTable(
                name: "DocumentSources");

            migrationBuilder.DropTable(
                name: "DocumentTopics");

            migrationBuilder.DropTable(
                name: "FindingCountries");

            migrationBuilder.DropTable(
                name: "MonitoringRoundCountries");

            migrationBuilder.DropTable(
                name: "MonitoringRoundSources");

            migrationBuilder.DropTable(
                name: "CompetentAuthorities");

            migrationBuilder.DropTable(
                name: "Finding");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "MonitoringRounds");

            migrationBuilder.DropColumn(
                name: "ReservationsAndDeclarations",
                table: "Instruments");
        }
    }
}
