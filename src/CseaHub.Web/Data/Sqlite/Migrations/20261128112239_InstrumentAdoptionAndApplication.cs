using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CseaHub.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InstrumentAdoptionAndApplication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Adopted_AsOf",
                table: "Instruments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Adopted_Date",
                table: "Instruments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Adopted_SourceKey",
                table: "Instruments",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicableFrom_AsOf",
                table: "Instruments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicableFrom_Date",
                table: "Instruments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicableFrom_SourceKey",
                table: "Instruments",
                type: "TEXT",
                maxLength: 80,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Adopted_AsOf",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "Adopted_Date",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "Adopted_SourceKey",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "ApplicableFrom_AsOf",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "ApplicableFrom_Date",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "ApplicableFrom_SourceKey",
                table: "Instruments");
        }
    }
}
