using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: EF cannot index a complex property (Issued is one), so the model does not know these two.
            // The library's order (newest first, then slug) under its filter, as the directory's index is built.
            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_IssuedSortKey_Slug_Visibility",
                table: "Documents",
                columns: new[] { "Status", "IssuedSortKey", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            // The library's list of years, read from this index alone.
            migrationBuilder.CreateIndex(
                name: "IX_Documents_IssuedYear_Status_Visibility",
                table: "Documents",
                columns: new[] { "IssuedYear", "Status", "Visibility" });

            migrationBuilder.DropIndex(
                name: "IX_Organisations_NameKeyEn",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_NameKeyFr",
                table: "Organisations");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Status_NameKeyEn_Slug_Visibility",
                table: "Organisations",
                columns: new[] { "Status", "NameKeyEn", "Slug", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Status_NameKeyFr_Slug_Visibility",
                table: "Organisations",
                columns: new[] { "Status", "NameKeyFr", "Slug", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "Organisations",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "MonitoringRounds",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "Instruments",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTerms_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "GlossaryTerms",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Kind_Status_Visibility",
                table: "Documents",
                columns: new[] { "Kind", "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "Documents",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRoutes_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "CooperationRoutes",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_CompetentAuthorities_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "CompetentAuthorities",
                columns: new[] { "Status", "PublicUpdatedUtc", "Slug", "Visibility" },
                descending: new[] { false, true, false, false });

            // Statistics for the new indexes: with some indexes of a table counted and others not, SQLite 3.53 chose to
            // look for each organisation's documents through the Status index (the library's list of issuers ran for
            // minutes at 100,000 documents). Loads refresh them too (HubDbContext.RefreshStatisticsAsync).
            migrationBuilder.Sql("ANALYZE;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_IssuedSortKey_Slug_Visibility",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_IssuedYear_Status_Visibility",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Status_NameKeyEn_Slug_Visibility",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Status_NameKeyFr_Slug_Visibility",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringRounds_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "MonitoringRounds");

            migrationBuilder.DropIndex(
                name: "IX_Instruments_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_GlossaryTerms_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "GlossaryTerms");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Kind_Status_Visibility",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_CooperationRoutes_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "CooperationRoutes");

            migrationBuilder.DropIndex(
                name: "IX_CompetentAuthorities_Status_PublicUpdatedUtc_Slug_Visibility",
                table: "CompetentAuthorities");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameKeyEn",
                table: "Organisations",
                column: "NameKeyEn");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NameKeyFr",
                table: "Organisations",
                column: "NameKeyFr");
        }
    }
}
