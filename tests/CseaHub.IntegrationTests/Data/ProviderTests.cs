using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Data;

public sealed class ProviderTests(HubAppFactory hub)
{
    [Fact]
    public async Task The_suite_runs_on_the_provider_the_environment_asked_for()
    {
        var expected = string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.TestDatabase.PostgresVariable))
            ? "Microsoft.EntityFrameworkCore.Sqlite"
            : "Npgsql.EntityFrameworkCore.PostgreSQL";

        var actual = await hub.WithDatabaseAsync(db => Task.FromResult(db.Database.ProviderName));

        Assert.Equal(expected, actual);
    }
}
