using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.IntegrationTests.Cluster;
using CseaHub.IntegrationTests.Commands;
using CseaHub.Tests;
using Microsoft.Data.Sqlite;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// The hub killed with SIGKILL, as a power cut or the OOM killer would, in the middle of its longest writes: an import
/// of a few thousand records and a rebuild of the search index. The database keeps all of an import or none of it, and
/// the next start brings the index level with the database. A damaged or missing index is rebuilt while pages are
/// served. Real processes on a real SQLite file: nothing here can be faked in-process.
/// </summary>
public sealed class CrashSafetyTests(CrashSafetyTests.SyntheticCorpus corpus) : IClassFixture<CrashSafetyTests.SyntheticCorpus>, IAsyncLifetime
{
    private const int Organisations = 1500;

    private const int Documents = 4000;

    /// <summary>This test's own copy of the corpus: the tests kill, damage and delete what they are given.</summary>
    private readonly HubProcess _source = new();

    private string ExportedCorpus => Path.Combine(_source.WorkingDirectory, "corpus");

    /// <summary>
    /// A hub holding a synthetic corpus and its search index, generated once for the class: generating it for each of
    /// the four tests took most of their time (44 s each alone, over two minutes each in a CI run beside the suite).
    /// </summary>
    public sealed class SyntheticCorpus : IAsyncLifetime
    {
        internal HubProcess Hub { get; } = new();

        public async ValueTask InitializeAsync()
        {
            if (OnPostgresRun)
            {
                return;
            }

            var generated = await Hub.RunAsync(
                "generate", "--organisations", $"{Organisations}", "--documents", $"{Documents}", "--findings", "0");
            Assert.True(generated.ExitCode == 0, generated.Error);
        }

        public ValueTask DisposeAsync()
        {
            Hub.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    public ValueTask InitializeAsync()
    {
        // A stopped hub's data whole: the database, its write-ahead log if any, the index.
        TestDatasets.CopyDirectory(corpus.Hub.DataDirectory, _source.DataDirectory);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// These hubs run on SQLite files of their own whatever the run's database, so the PostgreSQL run of the suite would
    /// only repeat them.
    /// </summary>
    private static bool OnPostgresRun => Environment.GetEnvironmentVariable(TestDatabase.TestDatabase.PostgresVariable) is { Length: > 0 };

    private static void SkipOnPostgresRun() =>
        Assert.SkipWhen(OnPostgresRun, "SQLite processes of their own: the SQLite run of the suite covers them.");

    public ValueTask DisposeAsync()
    {
        _source.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_import_killed_midway_leaves_all_or_none_of_it_and_the_next_start_indexes_what_is_there()
    {
        SkipOnPostgresRun();
        var exported = await _source.RunAsync("export", "--out", ExportedCorpus, "--include-professionals");
        Assert.True(exported.ExitCode == 0, exported.Error);
        using var target = new HubProcess();
        Assert.Equal(0, (await target.RunAsync("migrate")).ExitCode);

        // Killed early in the write, then late: each time, nothing of the import is left.
        foreach (var walBytes in new[] { 256L * 1024, 8L * 1024 * 1024 })
        {
            var import = target.Start("import", ExportedCorpus, "--publish");
            var killed = await KillWhenAsync(import, () => FileLength(Path.Combine(target.DataDirectory, "hub.db-wal")) > walBytes);
            var counts = SyntheticCounts(target.DataDirectory, publicOnly: false);
            TestContext.Current.SendDiagnosticMessage($"import killed past a {walBytes}-byte log: {killed}; rows left {counts}");
            Assert.True(counts == (0, 0) || counts == (Organisations, Documents), $"killed: {killed}, rows left: {counts}");
        }

        var completed = await target.RunAsync("import", ExportedCorpus, "--publish");
        Assert.True(completed.ExitCode == 0, completed.Error);
        Assert.Equal((Organisations, Documents), SyntheticCounts(target.DataDirectory, publicOnly: false));

        await using var served = await HubNode.ServeAsync(target);
        await AssertIndexLevelWithDatabaseAsync(served, target.DataDirectory);
    }

    [Fact]
    public async Task A_reindex_killed_midway_is_caught_up_on_the_next_start()
    {
        SkipOnPostgresRun();
        var index = new DirectoryInfo(Path.Combine(_source.DataDirectory, "index"));
        var started = DateTime.UtcNow;
        var reindex = _source.Start("reindex");

        // Killed once the rebuild has written something of its own.
        var killed = await KillWhenAsync(reindex, () => Directory.Exists(index.FullName)
            && index.EnumerateFiles().Any(f => !f.Name.EndsWith(".lock", StringComparison.Ordinal) && f.LastWriteTimeUtc > started));
        Assert.True(killed, "reindex ended before it could be killed");

        await using var served = await HubNode.ServeAsync(_source);
        await AssertIndexLevelWithDatabaseAsync(served, _source.DataDirectory);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_damaged_or_missing_index_is_rebuilt_while_pages_are_served(bool deleted)
    {
        SkipOnPostgresRun();
        var index = Path.Combine(_source.DataDirectory, "index");
        if (deleted)
        {
            Directory.Delete(index, recursive: true);
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(index))
            {
                var bytes = File.ReadAllBytes(file);
                Random.Shared.NextBytes(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
                File.WriteAllBytes(file, bytes);
            }
        }

        await using var served = await HubNode.ServeAsync(_source);
        using var client = served.CreateClient();
        var profile = await client.GetAsync("/organisations/council-of-europe", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, profile.StatusCode);

        await AssertIndexLevelWithDatabaseAsync(served, _source.DataDirectory);
    }

    /// <summary>Kills the process with SIGKILL as soon as <paramref name="condition"/> holds; false if it ended first.</summary>
    private static async Task<bool> KillWhenAsync(Process process, Func<bool> condition)
    {
        using (Drained(process))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!process.HasExited && DateTime.UtcNow < deadline)
            {
                if (condition())
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(TestContext.Current.CancellationToken);
                    return true;
                }

                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return false;
        }
    }

    /// <summary>Reads the output of a process about to be killed as it comes, so a full pipe never stalls it.</summary>
    private static Process Drained(Process process)
    {
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return process;
    }

    private static long FileLength(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    /// <summary>The synthetic organisations and documents in the database, read straight from the file.</summary>
    /// <param name="dataDirectory">The hub's data directory, which holds <c>hub.db</c>.</param>
    /// <param name="publicOnly">Only those an anonymous reader finds: published and public (every tenth is for professionals).</param>
    private static (long Organisations, long Documents) SyntheticCounts(string dataDirectory, bool publicOnly)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "hub.db")};Pooling=False");
        connection.Open();
        return (Count("Organisations"), Count("Documents"));

        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"Slug\" LIKE 'synthetic-%'"
                + (publicOnly ? " AND \"Status\" = 'Published' AND \"Visibility\" = 'Public'" : string.Empty);
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <summary>The index follows the database (no lag), and finds every synthetic record the database holds.</summary>
    private static async Task AssertIndexLevelWithDatabaseAsync(HubNode served, string dataDirectory)
    {
        await served.WaitUntilIndexFollowsDatabaseAsync();
        var (organisations, documents) = SyntheticCounts(dataDirectory, publicOnly: true);
        Assert.True(organisations > 0 && documents > 0, "nothing to find");
        using var client = served.CreateClient();
        var search = await client.GetFromJsonAsync<JsonElement>(
            "/api/v1/search?q=synthetic&pageSize=1", TestContext.Current.CancellationToken);
        var types = search.GetProperty("facets").GetProperty("type").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt64());
        Assert.Equal(organisations, types.GetValueOrDefault("organisation"));
        Assert.Equal(documents, types.GetValueOrDefault("document"));
    }
}
