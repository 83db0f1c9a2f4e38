using Microsoft.Data.Sqlite;
using Npgsql;

namespace CseaHub.Web.Data;

/// <summary>
/// One node at a time loads the bundled dataset: nodes started together on one database would otherwise load it at
/// once and race on its unique keys. PostgreSQL: a session advisory lock, released when its connection closes, even
/// if the node dies. SQLite (nodes on one machine sharing a file): an exclusive lock on a file beside the database.
/// </summary>
internal static class StartupLock
{
    /// <summary>The hub's own key among the database's advisory locks ("CSEAHUB" in ASCII).</summary>
    private const long AdvisoryKey = 0x43_53_45_41_48_55_42;

    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);

    public static async Task<IAsyncDisposable> AcquireAsync(HubDataOptions options, CancellationToken cancellationToken) =>
        options.Provider == DatabaseProvider.Postgres
            ? await AdvisoryLockAsync(options.ConnectionString, cancellationToken)
            : await LockFileAsync(options.ConnectionString, cancellationToken);

    private static async Task<IAsyncDisposable> AdvisoryLockAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        return new AdvisoryLock(connection);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", AdvisoryKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Unlocks before the connection goes back to the pool, where the session (and its lock) would live on.</summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            await connection.DisposeAsync();
        }
    }

    private static async Task<IAsyncDisposable> LockFileAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var path = Path.GetFullPath(database + ".startup-lock");
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on the file, which the operating system drops with the process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }
}
