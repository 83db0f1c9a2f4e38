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
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", AdvisoryKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
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
