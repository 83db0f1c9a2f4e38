using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// The backups docs/deployment.md tells operators to take, taken the same way: <c>pg_dump --format=custom</c> and
/// <c>pg_restore --no-owner</c> into an empty database on PostgreSQL; SQLite's online backup (what
/// <c>sqlite3 hub.db ".backup copy.db"</c> runs) while the hub has the file open.
/// </summary>
internal static class DatabaseBackup
{
    public static async Task BackUpAsync(HubAppFactory hub, string file)
    {
        if (hub.DatabaseProvider == "Postgres")
        {
            await PostgresToolAsync("pg_dump", hub.ConnectionString, "--format=custom", "--file=" + file);
            return;
        }

        await using var source = new SqliteConnection(hub.ConnectionString);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
    }

    /// <summary>Restores <paramref name="file"/> into the (not yet started) hub's own, empty database.</summary>
    public static async Task RestoreAsync(string file, HubAppFactory hub)
    {
        if (hub.DatabaseProvider == "Postgres")
        {
            await TestDatabase.TestDatabase.CreatePostgresDatabaseAsync(hub.ConnectionString);

            await PostgresToolAsync("pg_restore", hub.ConnectionString, "--no-owner", "--exit-on-error", file);
            return;
        }

        File.Copy(file, new SqliteConnectionStringBuilder(hub.ConnectionString).DataSource);
    }

    /// <summary>
    /// A PostgreSQL client program of the server's own installation (as test.sh finds initdb), else the one on the PATH:
    /// a pg_dump older than the server refuses to dump it.
    /// </summary>
    private static async Task PostgresToolAsync(string tool, string connectionString, params string[] args)
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin", tool)).Where(File.Exists)
                .OrderBy(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var version) ? version : 0).LastOrDefault()
            : null;
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(installed ?? tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in (string[])["--host", connection.Host!, "--port", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", connection.Username!, "--dbname", connection.Database!, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        if (connection.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await error}");
    }
}
