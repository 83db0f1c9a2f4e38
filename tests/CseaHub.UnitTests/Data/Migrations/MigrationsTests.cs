using CseaHub.Web.Data.Postgres;
using CseaHub.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.UnitTests.Data.Migrations;

/// <summary>A model change without a migration for each provider fails here, not on an operator's server.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteHubDbContext(
            new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresHubDbContext(
            new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
