using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AboutPages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DatasetHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FundingDisclaimerEn = table.Column<string>(type: "TEXT", nullable: false),
                    FundingDisclaimerFr = table.Column<string>(type: "TEXT", nullable: false),
                    IntroductionEn = table.Column<string>(type: "TEXT", nullable: false),
                    IntroductionFr = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AboutPages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CoeMemberSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EuMemberSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceUrls = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Vocabulary = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LabelFr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AboutSources",
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
                    AboutPageId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AboutSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AboutSources_AboutPages_AboutPageId",
                        column: x => x.AboutPageId,
                        principalTable: "AboutPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingProject",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AboutPageId = table.Column<int>(type: "INTEGER", nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProgrammeEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProgrammeFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingProject_AboutPages_AboutPageId",
                        column: x => x.AboutPageId,
                        principalTable: "AboutPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NameKeyEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameKeyFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 642, nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Address_Street = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Address_Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Address_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Address_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Phone_Value = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Phone_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Phone_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Email_Value = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Email_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Email_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Website_Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Website_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Website_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
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
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Organisations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisations_Terms_TypeId",
                        column: x => x.TypeId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                    Adopted_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Adopted_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Adopted_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedForSignature_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedForSignature_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    OpenedForSignature_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EntryIntoForce_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EntryIntoForce_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    EntryIntoForce_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicableFrom_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicableFrom_SourceKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ApplicableFrom_AsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                name: "OrganisationAudiences",
                columns: table => new
                {
                    AudiencesId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationAudiences", x => new { x.AudiencesId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_OrganisationAudiences_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationAudiences_Terms_AudiencesId",
                        column: x => x.AudiencesId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationCountries",
                columns: table => new
                {
                    CountriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationCountries", x => new { x.CountriesId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_OrganisationCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationCountries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationLink",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationLink", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationLink_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationSection",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceKeys = table.Column<string>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", nullable: false),
                    BodyFr = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationSection_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationSources",
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
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationSources_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationTopics",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationTopics", x => new { x.OrganisationId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_OrganisationTopics_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationTopics_Terms_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Article",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKeys = table.Column<string>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryFr = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Article", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Article_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_AboutSources_AboutPageId",
                table: "AboutSources",
                column: "AboutPageId");

            migrationBuilder.CreateIndex(
                name: "IX_Article_InstrumentId_Number",
                table: "Article",
                columns: new[] { "InstrumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Code",
                table: "Countries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingProject_AboutPageId",
                table: "FundingProject",
                column: "AboutPageId");

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
                name: "IX_OrganisationAudiences_OrganisationId",
                table: "OrganisationAudiences",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationCountries_OrganisationId",
                table: "OrganisationCountries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationLink_OrganisationId",
                table: "OrganisationLink",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameKeyEn",
                table: "Organisations",
                column: "NameKeyEn");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameKeyFr",
                table: "Organisations",
                column: "NameKeyFr");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ParentId",
                table: "Organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Status_Visibility",
                table: "Organisations",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_TypeId",
                table: "Organisations",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSection_OrganisationId_Key",
                table: "OrganisationSection",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSources_OrganisationId",
                table: "OrganisationSources",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationTopics_TopicsId",
                table: "OrganisationTopics",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_Party_CountryId",
                table: "Party",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Party_InstrumentId_CountryId",
                table: "Party",
                columns: new[] { "InstrumentId", "CountryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Terms_Vocabulary_Key",
                table: "Terms",
                columns: new[] { "Vocabulary", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AboutSources");

            migrationBuilder.DropTable(
                name: "Article");

            migrationBuilder.DropTable(
                name: "FundingProject");

            migrationBuilder.DropTable(
                name: "InstrumentSources");

            migrationBuilder.DropTable(
                name: "OrganisationAudiences");

            migrationBuilder.DropTable(
                name: "OrganisationCountries");

            migrationBuilder.DropTable(
                name: "OrganisationLink");

            migrationBuilder.DropTable(
                name: "OrganisationSection");

            migrationBuilder.DropTable(
                name: "OrganisationSources");

            migrationBuilder.DropTable(
                name: "OrganisationTopics");

            migrationBuilder.DropTable(
                name: "Party");

            migrationBuilder.DropTable(
                name: "AboutPages");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Terms");
        }
    }
}
