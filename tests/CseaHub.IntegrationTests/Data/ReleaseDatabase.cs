using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using CseaHub.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CseaHub.IntegrationTests.Data;

/// <summary>
/// A database as a past release left it (made by tools/release-fixture.sh), put where a test hub will find it, and
/// read table by table to compare before and after an upgrade.
/// </summary>
internal static class ReleaseDatabase
{
    private static string Folder(string release) => Path.Combine(RepositoryPaths.Root, "tests", "CseaHub.IntegrationTests", "Data", "Releases", release);

    /// <summary>Restores <paramref name="release"/>'s database into the (not yet started) hub's own database.</summary>
    public static async Task RestoreAsync(string release, HubAppFactory hub)
    {
        if (hub.DatabaseProvider == "Postgres")
        {
            await RestorePostgresAsync(Path.Combine(Folder(release), "postgres.sql.gz"), hub.ConnectionString);
            return;
        }

        await using var source = new GZipStream(File.OpenRead(Path.Combine(Folder(release), "sqlite.db.gz")), CompressionMode.Decompress);
        await using var target = File.Create(new SqliteConnectionStringBuilder(hub.ConnectionString).DataSource);
        await source.CopyToAsync(target);
    }

    private static async Task RestorePostgresAsync(string dump, string connectionString)
    {
        await TestDatabase.TestDatabase.CreatePostgresDatabaseAsync(connectionString);

        using var reader = new StreamReader(new GZipStream(File.OpenRead(dump), CompressionMode.Decompress));
        // psql's own commands (\restrict, from pg_dump 15.14 on) are not SQL.
        var sql = string.Join('\n', (await reader.ReadToEndAsync()).Split('\n').Where(line => !line.StartsWith('\\')));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var restore = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await restore.ExecuteNonQueryAsync();
    }

    /// <summary>Every table's columns and rows (each row as text, in a stable order).</summary>
    public static async Task<Dictionary<string, Table>> ReadAsync(HubAppFactory hub)
    {
        await using DbConnection connection = hub.DatabaseProvider == "Postgres"
            ? new NpgsqlConnection(hub.ConnectionString)
            : new SqliteConnection(hub.ConnectionString);
        await connection.OpenAsync();
        var names = await ListAsync(connection, hub.DatabaseProvider == "Postgres"
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");

        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\"";
            await using var rows = await command.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, rows.FieldCount).Select(rows.GetName).ToList();
            var values = new List<Dictionary<string, string>>();
            while (await rows.ReadAsync())
            {
                values.Add(columns.ToDictionary(c => c, c => Text(rows[c]), StringComparer.Ordinal));
            }

            tables[name] = new Table(columns, values);
        }

        return tables;
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "<null>",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime moment => moment.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<Dictionary<string, string>> Rows)
    {
        /// <summary>The rows as text over <paramref name="columns"/> only, sorted: a table compared with its past self.</summary>
        public IReadOnlyList<string> Over(IReadOnlyList<string> columns) =>
            [.. Rows.Select(row => string.Join('\u001f', columns.Select(c => row[c]))).Order(StringComparer.Ordinal)];
    }
}
