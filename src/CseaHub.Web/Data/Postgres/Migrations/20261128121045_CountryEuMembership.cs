using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CountryEuMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EuMemberSince",
                table: "Countries",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EuMemberSince",
                table: "Countries");
        }
    }
}
