using Npgsql;

namespace CseaHub.IntegrationTests.TestDatabase;

/// <summary>
/// A throwaway database for one test host. SQLite by default; PostgreSQL when CSEAHUB_TEST_POSTGRES holds a server
/// connection string (CI always sets it), so the same tests run against both providers.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CSEAHUB_TEST_POSTGRES";

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static TestDatabase Create(string dataDirectory) =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? new PostgresTestDatabase(server)
            : new SqliteTestDatabase(dataDirectory);

    public abstract ValueTask DisposeAsync();

    /// <summary>Creates the empty PostgreSQL database a connection string names: where a backup is restored before a hub starts.</summary>
    public static async Task CreatePostgresDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", server);
        await create.ExecuteNonQueryAsync();
    }
}

internal sealed class SqliteTestDatabase(string dataDirectory) : TestDatabase
{
    public override string Provider => "Sqlite";

    public override string ConnectionString { get; } = $"Data Source={Path.Combine(dataDirectory, "hub.db")}";

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = "cseahub_test_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresTestDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public override string Provider => "Postgres";

    public override string ConnectionString { get; }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
