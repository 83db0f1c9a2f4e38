using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using CseaHub.Tests;

namespace CseaHub.IntegrationTests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly HubProcess _hub = new();

    [Fact]
    public async Task Help_lists_the_operator_commands()
    {
        var (exitCode, output, _) = await _hub.RunAsync("--help");

        Assert.Equal(0, exitCode);
        string[] commands = ["serve", "import PATH [--publish] [--dry-run]", "export --out DIR [--format json|csv] [--include-professionals]", "reindex", "--data-dir"];
        Assert.All(commands, command => Assert.Contains(command, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_data_file_stops_the_hub_with_a_message_naming_file_record_and_field()
    {
        var dataset = TestDatasets.CopyBundled(Path.Combine(_hub.WorkingDirectory, "dataset"));
        var europol = Path.Combine(dataset, "organisations", "europol.json");
        await File.WriteAllTextAsync(europol, (await File.ReadAllTextAsync(europol)).Replace("\"law-enforcement\"", "\"astronauts\"", StringComparison.Ordinal));

        var (exitCode, _, error) = await _hub.RunAsync("serve", "--urls", "http://127.0.0.1:0", $"--Dataset:Path={dataset}");

        Assert.Equal(1, exitCode);
        Assert.Contains("organisations/europol.json: organisation 'europol', field 'audiences[0]': 'astronauts' is not a known audience.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_who_migrates_by_hand_is_told_to_and_migrate_brings_the_schema_up_to_date()
    {
        var refused = await _hub.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--Database:MigrateOnStart=false");
        var migrated = await _hub.RunAsync("migrate");
        var again = await _hub.RunAsync("migrate");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Run the 'migrate' command", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, migrated.ExitCode);
        Assert.Matches(@"Applied \d+ migrations: \d+_Initial, ", migrated.Output);
        Assert.Contains("The database schema is up to date.", again.Output, StringComparison.Ordinal);
    }

    private static readonly string[] RecordFolders = ["instruments", "library", "monitoring", "authorities"];
    private static readonly string[] RecordLists = ["articles", "parties", "sources", "findings", "details"];

    [Fact]
    public async Task Export_then_import_into_an_empty_hub_reproduces_the_dataset_exactly()
    {
        var imported = await _hub.RunAsync("import", RepositoryPaths.Dataset, "--publish");
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("0 added, 0 changed, 146 unchanged", imported.Output, StringComparison.Ordinal);
        var first = Path.Combine(_hub.WorkingDirectory, "first-export");
        var exported = await _hub.RunAsync("export", "--out", first, "--include-professionals");
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal(1, ExportsLogged(_hub));

        using var fresh = new HubProcess();
        var reimported = await fresh.RunAsync("import", first, "--publish");
        Assert.True(reimported.ExitCode == 0, reimported.Error);
        var second = Path.Combine(fresh.WorkingDirectory, "second-export");
        Assert.Equal(0, (await fresh.RunAsync("export", "--out", second, "--include-professionals")).ExitCode);

        foreach (var folder in RecordFolders.Prepend("organisations"))
        {
            var bundled = Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, folder)).Select(Path.GetFileName).Order();
            Assert.Equal(bundled, Directory.GetFiles(Path.Combine(first, folder)).Select(Path.GetFileName).Order());
        }

        foreach (var file in RecordFolders.SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, folder))))
        {
            using var bundledJson = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(file));
            using var exportedJson = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(first, Path.GetRelativePath(RepositoryPaths.Dataset, file))));
            foreach (var list in RecordLists)
            {
                static int Count(System.Text.Json.JsonElement root, string name) =>
                    root.TryGetProperty(name, out var items) ? items.GetArrayLength() : 0;
                Assert.Equal(Count(bundledJson.RootElement, list), Count(exportedJson.RootElement, list));
            }
        }

        foreach (var file in Directory.EnumerateFiles(first, "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(first, file);
            Assert.Equal(await File.ReadAllTextAsync(file), await File.ReadAllTextAsync(Path.Combine(second, relative)));
        }
    }

    [Fact]
    public async Task A_csv_export_imported_into_a_fresh_hub_gives_back_the_same_json_export()
    {
        var csv = Path.Combine(_hub.WorkingDirectory, "csv-export");
        var json = Path.Combine(_hub.WorkingDirectory, "json-export");
        Assert.Equal(0, (await _hub.RunAsync("export", "--out", csv, "--format", "csv", "--include-professionals")).ExitCode);
        Assert.Equal(0, (await _hub.RunAsync("export", "--out", json, "--include-professionals")).ExitCode);

        using var fresh = new HubProcess();
        var imported = await fresh.RunAsync("import", csv, "--publish");
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("0 added, 0 changed, 146 unchanged", imported.Output, StringComparison.Ordinal);
        var again = Path.Combine(fresh.WorkingDirectory, "json-again");
        Assert.Equal(0, (await fresh.RunAsync("export", "--out", again, "--include-professionals")).ExitCode);

        foreach (var file in Directory.EnumerateFiles(json, "*.json", SearchOption.AllDirectories))
        {
            Assert.Equal(await File.ReadAllTextAsync(file), await File.ReadAllTextAsync(Path.Combine(again, Path.GetRelativePath(json, file))));
        }
    }

    [Fact]
    public async Task An_import_with_errors_lists_them_all_on_standard_error_exits_1_and_writes_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_hub.WorkingDirectory, "bad", "organisations")).FullName;
        var europol = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "organisations", "europol.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "europol.json"), europol.Replace("\"law-enforcement\"", "\"astronauts\"", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), "{ \"slug\": \"broken\",, }");
        var renamed = europol.Replace("\"slug\": \"europol\"", "\"slug\": \"europol-copy\"", StringComparison.Ordinal)
            .Replace("\"parent\": null", "\"parent\": \"no-such-parent\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "europol-copy.json"), renamed.Replace("\"NL\"", "\"XX\"", StringComparison.Ordinal));

        var (exitCode, output, error) = await _hub.RunAsync("import", Path.Combine(_hub.WorkingDirectory, "bad"), "--publish");

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was imported", error, StringComparison.Ordinal);
        Assert.Contains("organisations/broken.json: line 1", error, StringComparison.Ordinal);
        Assert.Contains("organisations/europol.json: organisation 'europol', field 'audiences[0]': 'astronauts' is not a known audience.", error, StringComparison.Ordinal);
        Assert.Contains("organisations/europol-copy.json: organisation 'europol-copy', field 'parent': No organisation has the slug 'no-such-parent'.", error, StringComparison.Ordinal);
        Assert.Contains("organisations/europol-copy.json: organisation 'europol-copy', field 'countries[0]': 'XX' is not a known country.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Published", output, StringComparison.Ordinal);
        var exported = Path.Combine(_hub.WorkingDirectory, "after");
        Assert.Equal(0, (await _hub.RunAsync("export", "--out", exported)).ExitCode);
        Assert.False(File.Exists(Path.Combine(exported, "organisations", "europol-copy.json")));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_hub.WorkingDirectory, "change", "organisations")).FullName;
        var europol = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "organisations", "europol.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "europol.json"), europol.Replace("\"acronym\": \"Europol\"", "\"acronym\": \"EUROPOL\"", StringComparison.Ordinal));

        var dryRun = await _hub.RunAsync("import", Path.Combine(folder, "europol.json"), "--dry-run", "--publish");
        var exported = Path.Combine(_hub.WorkingDirectory, "after-dry-run");
        Assert.Equal(0, (await _hub.RunAsync("export", "--out", exported)).ExitCode);

        Assert.True(dryRun.ExitCode == 0, dryRun.Error);
        Assert.Contains("changed organisations/europol.json", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run, nothing written: 0 added, 1 changed, 0 unchanged.", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("\"acronym\": \"Europol\"", await File.ReadAllTextAsync(Path.Combine(exported, "organisations", "europol.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_larger_than_a_batch_writes_parents_before_children_and_rounds_with_the_documents_they_name()
    {
        // 1,100 organisations and documents: more than one batch. The parent sorts last, the grandchild first; a new
        // round names a new document of the last batch, and the first document names the new round.
        const int Count = 1_100;
        var folder = Path.Combine(_hub.WorkingDirectory, "large");
        var organisations = Directory.CreateDirectory(Path.Combine(folder, "organisations")).FullName;
        var library = Directory.CreateDirectory(Path.Combine(folder, "library")).FullName;
        var monitoring = Directory.CreateDirectory(Path.Combine(folder, "monitoring")).FullName;
        var europol = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "organisations", "europol.json")))!;
        var note = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "library", "tcy-guidance-note-ransomware.json")))!;
        var round = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "monitoring", "lanzarote-convention-2.json")))!;
        async Task WriteAsync(string directory, string slug, JsonNode template, params (string Name, string? Value)[] fields)
        {
            var record = template.DeepClone();
            foreach (var (name, value) in fields.Prepend(("slug", slug)))
            {
                record[name] = value;
            }

            await File.WriteAllTextAsync(Path.Combine(directory, $"{slug}.json"), record.ToJsonString());
        }

        await WriteAsync(organisations, "zz-bulk-parent", europol, ("parent", null));
        await WriteAsync(organisations, "aa-bulk-grandchild", europol, ("parent", "bulk-child-0000"));
        for (var i = 0; i < Count; i++)
        {
            await WriteAsync(organisations, $"bulk-child-{i:D4}", europol, ("parent", "zz-bulk-parent"));
            await WriteAsync(library, $"bulk-doc-{i:D4}", note, ("issuedBy", $"bulk-child-{i:D4}"), ("monitoringRound", i == 0 ? "lanzarote-convention-9" : null));
        }

        round["number"] = 9;
        round["findings"]![0]!["document"] = $"bulk-doc-{Count - 1:D4}";
        await File.WriteAllTextAsync(Path.Combine(monitoring, "lanzarote-convention-9.json"), round.ToJsonString());

        var imported = await _hub.RunAsync("import", folder, "--publish");

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains($"{(2 * Count) + 3} added, 0 changed, 0 unchanged", imported.Output, StringComparison.Ordinal);
        var exported = Path.Combine(_hub.WorkingDirectory, "large-export");
        Assert.Equal(0, (await _hub.RunAsync("export", "--out", exported, "--include-professionals")).ExitCode);
        async Task<JsonNode> ReadAsync(string file) => JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(exported, file)))!;
        Assert.Equal("bulk-child-0000", (string?)(await ReadAsync("organisations/aa-bulk-grandchild.json"))["parent"]);
        Assert.Equal("zz-bulk-parent", (string?)(await ReadAsync($"organisations/bulk-child-{Count - 1:D4}.json"))["parent"]);
        Assert.Equal($"bulk-child-{Count - 1:D4}", (string?)(await ReadAsync($"library/bulk-doc-{Count - 1:D4}.json"))["issuedBy"]);
        Assert.Equal("lanzarote-convention-9", (string?)(await ReadAsync("library/bulk-doc-0000.json"))["monitoringRound"]);
        Assert.Equal($"bulk-doc-{Count - 1:D4}", (string?)(await ReadAsync("monitoring/lanzarote-convention-9.json"))["findings"]![0]!["document"]);
        Assert.Equal(round["findings"]!.AsArray().Count, (await ReadAsync("monitoring/lanzarote-convention-9.json"))["findings"]!.AsArray().Count);

        var again = await _hub.RunAsync("import", folder, "--publish");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"0 added, 0 changed, {(2 * Count) + 3} unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_search_index_from_the_database()
    {
        Assert.Equal(0, (await _hub.RunAsync("import", RepositoryPaths.Dataset, "--publish")).ExitCode);

        var rebuilt = await _hub.RunAsync("reindex");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Error);
        Assert.Contains("Search index rebuilt at change-feed position", rebuilt.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_adds_marked_synthetic_records_of_each_kind_once_and_indexes_them_as_valid_records()
    {
        var generated = await _hub.RunAsync("generate", "--organisations", "12", "--documents", "30", "--findings", "1200");
        var again = await _hub.RunAsync("generate", "--documents", "30");
        var missingCount = await _hub.RunAsync("generate");
        var notANumber = await _hub.RunAsync("generate", "--findings", "-5");

        Assert.True(generated.ExitCode == 0, generated.Error);
        Assert.Contains("generate: 12 organisations, 30 documents and 1200 findings added", generated.Output, StringComparison.Ordinal);
        Assert.Contains("Search index rebuilt at change-feed position", generated.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds synthetic records", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, missingCount.ExitCode);
        Assert.Equal(2, notANumber.ExitCode);
        var exported = Path.Combine(_hub.WorkingDirectory, "export");
        Assert.Equal(0, (await _hub.RunAsync("export", "--out", exported, "--include-professionals")).ExitCode);
        AssertSynthetic(Directory.GetFiles(Path.Combine(exported, "library"), "synthetic-*.json"), 30);
        AssertSynthetic(Directory.GetFiles(Path.Combine(exported, "organisations"), "synthetic-*.json"), 12);
        // 1,200 findings fill two rounds of 500 and a third of 200, each under an instrument in turn, numbered from 50.
        var rounds = Directory.GetFiles(Path.Combine(exported, "monitoring"), "*-5?.json");
        AssertSynthetic(rounds, 3);
        Assert.Equal(1200, rounds.Sum(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("findings").GetArrayLength()));
        using var fresh = new HubProcess();
        var imported = await fresh.RunAsync("import", exported, "--dry-run", "--publish");
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("45 added", imported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_makes_the_same_records_from_the_same_seed()
    {
        using var other = new HubProcess();
        Assert.Equal(0, (await _hub.RunAsync("generate", "--organisations", "5", "--seed", "42")).ExitCode);
        Assert.Equal(0, (await other.RunAsync("generate", "--organisations", "5", "--seed", "42")).ExitCode);

        Assert.Equal(await SyntheticNamesAsync(_hub), await SyntheticNamesAsync(other));
    }

    private static void AssertSynthetic(string[] files, int expected)
    {
        Assert.Equal(expected, files.Length);
        Assert.All(files, file => Assert.Contains("[Synthetic]", File.ReadAllText(file), StringComparison.Ordinal));
    }

    private static async Task<string> SyntheticNamesAsync(HubProcess hub)
    {
        var exported = Path.Combine(hub.WorkingDirectory, "export-names");
        Assert.Equal(0, (await hub.RunAsync("export", "--out", exported, "--include-professionals", "--only", "organisation")).ExitCode);
        return string.Join("\n", Directory.GetFiles(Path.Combine(exported, "organisations"), "synthetic-*.json").Order(StringComparer.Ordinal)
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("name").GetProperty("en").GetString()));
    }

    [Fact]
    public async Task Serve_starts_from_any_folder_with_the_bundled_dataset()
    {
        var port = FreePort();
        using var process = _hub.Start("serve", "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var response = await WaitForAsync(client, "/organisations/council-of-europe");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(File.Exists(Path.Combine(_hub.DataDirectory, "hub.db")));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/css/hub.css", UriKind.Relative))).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => _hub.Dispose();

    private static async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await client.GetAsync(new Uri(path, UriKind.Relative));
            }
            // A first start migrates, loads the dataset and builds the index: on a busy 2-core machine that can take
            // well over the usual few seconds, so wait up to two minutes before calling it a failure.
            catch (HttpRequestException) when (attempt < 480)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An export holds professionals-only content: each one is in the audit log.</summary>
    private static long ExportsLogged(HubProcess hub)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(hub.DataDirectory, "hub.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AuditEvents WHERE Kind = 'Exported'";
        return (long)command.ExecuteScalar()!;
    }
}
