using System.Text.Json.Nodes;
using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Data;

public sealed class DatasetLoaderTests(HubAppFactory hub) : IDisposable
{
    private readonly string _copy = TestDatasets.CopyBundled();

    [Fact]
    public async Task Loading_the_bundled_dataset_again_changes_nothing()
    {
        var before = await SnapshotAsync();

        var summary = await LoadAsync(RepositoryPaths.Dataset);

        Assert.Equal((0, 0), (summary.Added, summary.Updated));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_new_record_is_added_and_a_changed_record_updates_its_row()
    {
        var slug = TestData.UniqueKey("loader");
        WriteOrganisation(slug, record => record["summary"]!["en"] = "First summary.");
        Assert.Equal(1, (await LoadAsync(_copy)).Added);

        WriteOrganisation(slug, record => record["summary"]!["en"] = "Second summary.");
        var summary = await LoadAsync(_copy);

        Assert.Equal((0, 1), (summary.Added, summary.Updated));
        var stored = await hub.WithDatabaseAsync(db => db.Organisations.Where(o => o.Slug == slug).Select(o => o.Summary.En).SingleAsync());
        Assert.Equal("Second summary.", stored);
    }

    [Fact]
    public async Task The_start_up_load_is_skipped_while_the_files_and_the_release_are_those_last_loaded()
    {
        var slug = TestData.UniqueKey("startup");
        WriteOrganisation(slug, record => record["summary"]!["en"] = "First summary.");

        var first = await LoadAtStartAsync(_copy);
        var again = await LoadAtStartAsync(_copy);
        WriteOrganisation(slug, record => record["summary"]!["en"] = "Second summary.");
        var changed = await LoadAtStartAsync(_copy);

        Assert.Equal(1, first?.Summary.Added);
        Assert.Null(again);
        Assert.Equal(1, changed?.Summary.Updated);
        Assert.Equal(1, await hub.WithDatabaseAsync(db => db.LoadedDatasets.CountAsync()));
    }

    [Fact]
    public void The_fingerprint_follows_every_file_name_and_byte()
    {
        var before = DatasetFingerprint.Of(_copy);
        var again = DatasetFingerprint.Of(_copy);
        var file = Directory.GetFiles(Path.Combine(_copy, "organisations"))[0];

        File.AppendAllText(file, " ");
        var edited = DatasetFingerprint.Of(_copy);
        File.Move(file, file + ".moved");

        Assert.Equal(before, again);
        Assert.NotEqual(before, edited);
        Assert.NotEqual(edited, DatasetFingerprint.Of(_copy));
    }

    [Fact]
    public async Task Editing_only_a_professionals_only_section_does_not_move_the_public_date()
    {
        var slug = TestData.UniqueKey("loader");
        WriteOrganisation(slug, record => Restrict(record, "Before."));
        await LoadAsync(_copy);
        var before = await DatesAsync(slug);

        WriteOrganisation(slug, record => Restrict(record, "After."));
        await LoadAsync(_copy);
        var after = await DatesAsync(slug);

        Assert.True(after.Updated > before.Updated);
        Assert.Equal(before.PublicUpdated, after.PublicUpdated);

        static void Restrict(JsonNode record, string body)
        {
            var section = record["sections"]![0]!;
            section["visibility"] = "professionals";
            section["body"]!["en"] = body;
        }
    }

    [Fact]
    public async Task A_changed_instrument_with_articles_and_parties_updates_in_place()
    {
        var slug = TestData.UniqueKey("instrument");
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "instruments", "budapest-convention.json")))!;
        record["slug"] = slug;
        var path = Path.Combine(_copy, "instruments", slug + ".json");
        await File.WriteAllTextAsync(path, record.ToJsonString());
        Assert.Equal(1, (await LoadAsync(_copy)).Added);

        record["summary"]!["en"] = "Changed summary.";
        record["articles"]![0]!["summary"]!["en"] = "Changed article summary.";
        await File.WriteAllTextAsync(path, record.ToJsonString());
        var summary = await LoadAsync(_copy);

        Assert.Equal(1, summary.Updated);
        var stored = await hub.WithDatabaseAsync(db => db.Instruments.Where(i => i.Slug == slug)
            .Select(i => new { Articles = i.Articles.Count, Parties = i.Parties.Count, First = i.Articles.OrderBy(a => a.Position).First().Summary.En })
            .SingleAsync());
        Assert.Equal((record["articles"]!.AsArray().Count, record["parties"]!.AsArray().Count, "Changed article summary."), (stored.Articles, stored.Parties, stored.First));
    }

    [Fact]
    public async Task A_new_round_and_a_new_document_that_point_at_each_other_load_in_one_import()
    {
        var documentSlug = TestData.UniqueKey("document");
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "library", "lanzarote-implementation-report-circle-of-trust-strategies.json")))!;
        document["slug"] = documentSlug;
        document["monitoringRound"] = "lanzarote-convention-99";
        await File.WriteAllTextAsync(Path.Combine(_copy, "library", documentSlug + ".json"), document.ToJsonString());
        var round = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "monitoring", "lanzarote-convention-1.json")))!;
        round["number"] = 99;
        foreach (var finding in round["findings"]!.AsArray())
        {
            finding!["document"] = documentSlug;
        }

        await File.WriteAllTextAsync(Path.Combine(_copy, "monitoring", "lanzarote-convention-99.json"), round.ToJsonString());

        Assert.Equal(2, (await LoadAsync(_copy)).Added);

        var stored = await hub.WithDatabaseAsync(db => db.MonitoringRounds.Where(r => r.Slug == "lanzarote-convention-99")
            .Select(r => new { Findings = r.Findings.Count(f => f.Document!.Slug == documentSlug), Documents = db.Documents.Count(d => d.MonitoringRoundId == r.Id) })
            .SingleAsync());
        Assert.Equal((round["findings"]!.AsArray().Count, 1), (stored.Findings, stored.Documents));
    }

    [Fact]
    public async Task An_invalid_dataset_writes_nothing()
    {
        var valid = TestData.UniqueKey("loader");
        var broken = TestData.UniqueKey("loader");
        WriteOrganisation(valid, _ => { });
        WriteOrganisation(broken, record => record["phone"]!["value"] = "+33 3 88");

        var exception = await Assert.ThrowsAsync<DatasetException>(() => LoadAsync(_copy));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(($"organisations/{broken}.json", "phone.value"), (error.File, error.Field));
        Assert.False(await hub.WithDatabaseAsync(db => db.Organisations.AnyAsync(o => o.Slug == valid)));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_an_import_rolls_back_what_was_already_saved()
    {
        // The topics are saved before the organisations; the clock fails afterwards, in the organisations' step.
        var topic = TestData.UniqueKey("topic");
        var topics = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_copy, Dataset.TopicsFile)))!.AsArray();
        topics.Add(new JsonObject { ["key"] = topic, ["label"] = new JsonObject { ["en"] = "Rolled back" } });
        await File.WriteAllTextAsync(Path.Combine(_copy, Dataset.TopicsFile), topics.ToJsonString());
        WriteOrganisation(TestData.UniqueKey("loader"), _ => { });
        var (dataset, errors) = DatasetReader.Read(_copy);
        Assert.Empty(errors);

        await using var scope = hub.Services.CreateAsyncScope();
        var importer = new DatasetImporter(scope.ServiceProvider.GetRequiredService<CseaHub.Web.Data.HubDbContext>(), new FailingClock());
        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportAsync(dataset));

        Assert.False(await hub.WithDatabaseAsync(db => db.Topics.AnyAsync(t => t.Key == topic)));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private async Task<(DatasetImportSummary Summary, int Kept)?> LoadAtStartAsync(string root)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetLoad>().LoadAtStartAsync(root, CancellationToken.None);
    }

    private async Task<DatasetImportSummary> LoadAsync(string root)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetLoad>().LoadAsync(root);
    }

    private Task<(DateTime Updated, DateTime PublicUpdated)> DatesAsync(string slug) => hub.WithDatabaseAsync(async db =>
    {
        var dates = await db.Organisations.Where(o => o.Slug == slug).Select(o => new { o.UpdatedUtc, o.PublicUpdatedUtc }).SingleAsync();
        return (dates.UpdatedUtc, dates.PublicUpdatedUtc);
    });

    // Only the bundled rows: other tests add their own organisations and topics at the same time.
    private Task<string> SnapshotAsync() => hub.WithDatabaseAsync(async db =>
    {
        var slugs = Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "organisations")).Select(Path.GetFileNameWithoutExtension).ToList();
        var rows = await db.Organisations.Where(o => slugs.Contains(o.Slug)).OrderBy(o => o.Slug)
            .Select(o => o.Slug + "|" + o.UpdatedUtc.Ticks + "|" + o.Sections.Count + "|" + o.Audiences.Count + "|" + o.Links.Count)
            .ToListAsync();
        return $"{await db.Countries.CountAsync()}|{rows.Count}|" + string.Join(";", rows);
    });

    private void WriteOrganisation(string slug, Action<JsonNode> change)
    {
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "organisations", "council-of-europe.json")))!;
        record["slug"] = slug;
        change(record);
        File.WriteAllText(Path.Combine(_copy, "organisations", slug + ".json"), record.ToJsonString());
    }

    /// <summary>The importer first reads the clock after it has saved the taxonomies: failing then is a failure mid-import.</summary>
    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("The clock stopped in the middle of the import.");
    }
}
