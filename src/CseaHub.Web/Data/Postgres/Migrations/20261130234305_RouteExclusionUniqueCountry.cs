using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RouteExclusionUniqueCountry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CooperationRouteExclusions_CooperationRouteId",
                table: "CooperationRouteExclusions");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRouteExclusions_CooperationRouteId_CountryCode",
                table: "CooperationRouteExclusions",
                columns: new[] { "CooperationRouteId", "CountryCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CooperationRouteExclusions_CooperationRouteId_CountryCode",
                table: "CooperationRouteExclusions");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationRouteExclusions_CooperationRouteId",
                table: "CooperationRouteExclusions",
                column: "CooperationRouteId");
        }
    }
}
