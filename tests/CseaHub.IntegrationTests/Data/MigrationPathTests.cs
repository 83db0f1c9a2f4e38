using CseaHub.Web.Data;
using CseaHub.Web.Data.Postgres;
using CseaHub.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CseaHub.IntegrationTests.Data;

/// <summary>
/// An operator upgrades from whichever release they run: every migration applies on the schema the ones before it
/// left, on the provider the suite runs against (SQLite, or PostgreSQL in CI), and the last leaves nothing pending.
/// </summary>
public sealed class MigrationPathTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cseahub-migrations-").FullName;
    private TestDatabase.TestDatabase? _database;

    public ValueTask InitializeAsync()
    {
        _database = TestDatabase.TestDatabase.Create(_dataDirectory);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task From_an_empty_database_each_migration_applies_on_the_schema_of_the_one_before()
    {
        await using var db = Context();
        var migrations = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<IMigrator>();

        foreach (var (migration, index) in migrations.Select((m, i) => (m, i)))
        {
            await migrator.MigrateAsync(migration, TestContext.Current.CancellationToken);
            Assert.Equal(migrations.Take(index + 1), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        }

        Assert.True(migrations.Count > 10, $"only {migrations.Count} migrations found");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges());
    }

    private HubDbContext Context() => _database!.Provider == "Postgres"
        ? new PostgresHubDbContext(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql(_database.ConnectionString).Options)
        : new SqliteHubDbContext(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite(_database.ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        await _database!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
