using System.Net;
using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Exchange;

public sealed class DatasetExchangeTests(HubAppFactory hub)
{
    [Theory]
    [InlineData(ExchangeFormat.Json)]
    [InlineData(ExchangeFormat.Csv)]
    public async Task A_public_export_holds_nothing_restricted_and_names_nothing_it_left_out(ExchangeFormat format)
    {
        var marker = "exportmarker" + TestData.UniqueKey("m").Replace("-", string.Empty, StringComparison.Ordinal);
        var hidden = await hub.AddOrganisationAsync("Hidden " + marker, visibility: Visibility.Professionals);
        var open = await hub.AddOrganisationAsync("Open exporter", configure: o =>
        {
            o.Parent = null;
            o.Sections.Add(new OrganisationSection
            {
                Key = "desk",
                Title = new LocalisedText("Desk"),
                Body = new LocalisedText("Call " + marker),
                Visibility = Visibility.Professionals,
                SourceKeys = ["test"],
                AsOf = new DateOnly(2026, 11, 28),
            });
            o.Gaps = ["gap note " + marker];
        });
        await hub.WithDatabaseAsync(async db =>
        {
            var child = await db.Organisations.SingleAsync(o => o.Slug == open);
            child.Parent = await db.Organisations.SingleAsync(o => o.Slug == hidden);
            await db.SaveChangesAsync();
        });

        var folder = await ExportAsync(format, includeProfessionals: false);
        var everything = string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains(open, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, everything, StringComparison.Ordinal);

        var professionals = await ExportAsync(format, includeProfessionals: true);
        var all = string.Join('\n', Directory.EnumerateFiles(professionals, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains(hidden, all, StringComparison.Ordinal);
        Assert.Contains("Call " + marker, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_json_export_is_a_whole_valid_dataset_on_its_own()
    {
        // A hub of its own: other tests add content made to break the rules, which a whole-dataset check would report.
        await using var own = HubAppFactory.Own();
        await own.InitializeAsync();
        await own.WithDatabaseAsync(async db =>
        {
            var hidden = await db.Organisations.SingleAsync(o => o.Slug == "lanzarote-committee");
            hidden.Visibility = Visibility.Professionals;
            await db.SaveChangesAsync();
        });
        var (dataset, readErrors) = DatasetReader.Read(await ExportAsync(own, ExchangeFormat.Json, includeProfessionals: false));

        Assert.Empty(readErrors);
        Assert.Empty(DatasetValidator.Validate(dataset, DateOnly.FromDateTime(DateTime.UtcNow)));
        Assert.DoesNotContain(dataset.Organisations, o => o.Record.Slug == "lanzarote-committee");
        Assert.Contains(dataset.Documents, d => d.Record.Slug == "lanzarote-report-circle-of-trust-2025" && d.Record.IssuedBy is null);
    }

    [Fact]
    public async Task An_export_read_a_batch_at_a_time_holds_every_visible_organisation_and_names_no_hidden_parent()
    {
        // A hub of its own, with more organisations than an export reads at once (500), each the child of the one
        // before, one in a hundred for professionals: a reference crosses a batch, and some point at hidden parents.
        await using var own = HubAppFactory.Own();
        await own.InitializeAsync();
        await own.WithDatabaseAsync(async db =>
        {
            Organisation? previous = null;
            for (var n = 0; n < 1100; n++)
            {
                var organisation = await db.NewOrganisationAsync($"Batch member {n}", visibility: n % 100 == 7 ? Visibility.Professionals : Visibility.Public);
                organisation.Parent = previous;
                db.Organisations.Add(organisation);
                previous = organisation;
            }

            await db.SaveChangesAsync();
        });
        var (visible, all) = await own.WithDatabaseAsync(async db => (
            await db.Organisations.VisibleTo(Viewer.Anonymous).Select(o => o.Slug).ToListAsync(),
            await db.Organisations.Where(o => o.Status == ContentStatus.Published).Select(o => o.Slug).ToListAsync()));

        var (exported, errors) = DatasetReader.Read(await ExportAsync(own, ExchangeFormat.Json, includeProfessionals: false));
        var (backup, _) = DatasetReader.Read(await ExportAsync(own, ExchangeFormat.Json, includeProfessionals: true));

        Assert.Empty(errors);
        var slugs = exported.Organisations.Select(o => o.Record.Slug).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(visible.Order(StringComparer.Ordinal), slugs.Order(StringComparer.Ordinal));
        Assert.All(exported.Organisations, o => Assert.True(o.Record.Parent is null || slugs.Contains(o.Record.Parent), o.Record.Slug));
        // The first one, and the eleven whose parent is for professionals.
        Assert.Equal(12, exported.Organisations.Count(o => o.Record.Name.En.StartsWith("Batch member", StringComparison.Ordinal) && o.Record.Parent is null));
        Assert.Equal(all.Order(StringComparer.Ordinal), backup.Organisations.Select(o => o.Record.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_organisation_made_professionals_only_after_the_export_read_the_slugs_is_left_out()
    {
        // The export reads the visible slugs first and the organisations a batch at a time after: an edit may come between.
        var slug = await hub.AddOrganisationAsync("Restricted while exporting");
        var file = $"organisations/{slug}.json";
        var kind = DatasetFiles.KindOf(file)!;
        var cancellationToken = TestContext.Current.CancellationToken;
        await hub.WithDatabaseAsync(async db =>
        {
            var small = await DatasetFiles.SnapshotAsync(db, cancellationToken, DatasetFiles.Kinds.Where(k => !k.IsBulk));
            var published = await PublishedDataset.ReadAsync(db, small, includeProfessionals: false, cancellationToken);
            var asItWas = await kind.LoadAsync(db, file, cancellationToken);
            (await db.Organisations.SingleAsync(o => o.Slug == slug, cancellationToken)).Visibility = Visibility.Professionals;
            await db.SaveChangesAsync(cancellationToken);
            var asItIs = await kind.LoadAsync(db, file, cancellationToken);

            Assert.NotNull(published.Cut(asItWas!));
            Assert.Null(published.Cut(asItIs!));
        });
    }

    [Fact]
    public async Task An_export_can_hold_some_kinds_only()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("cseahub-export-").FullName, "out");
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatasetExchange>().ExportAsync(
                new ExportOptions(ExchangeFormat.Json, folder, IncludeProfessionals: false, Kinds: new HashSet<string> { "organisation", "topics" }),
                TestContext.Current.CancellationToken);
        }

        Assert.Equal(["organisations", "taxonomies"], Directory.GetDirectories(folder).Select(Path.GetFileName).Order());
        Assert.Equal(["topics.json"], Directory.GetFiles(Path.Combine(folder, "taxonomies")).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(folder, "organisations", "council-of-europe.json")));
    }

    [Fact]
    public async Task Imported_changes_wait_as_drafts_for_review_and_the_public_page_stays_as_it_was()
    {
        var slug = await PublishedOrganisationAsync("Draft import unit");
        var folder = await ExportOneAsync(slug, json => json.Replace("Draft import unit", "Draft import unit (renamed)", StringComparison.Ordinal));

        var report = await ImportAsync(folder, publish: false);
        var again = await ImportAsync(folder, publish: false);

        Assert.True(report.Written, string.Join('\n', report.Errors));
        Assert.Equal((0, 1), (report.Added, report.Changed));
        Assert.Equal((0, 0, 1), (again.Added, again.Changed, again.Unchanged));
        var page = await hub.CreateClient().GetStringAsync($"/organisations/{slug}");
        Assert.DoesNotContain("(renamed)", page, StringComparison.Ordinal);
        await hub.WithDatabaseAsync(async db =>
        {
            var draft = await db.ContentDrafts.SingleAsync(d => d.File == $"organisations/{slug}.json");
            Assert.Equal(DraftState.Draft, draft.State);
            Assert.Contains("(renamed)", draft.Json, StringComparison.Ordinal);
            var revision = await db.ContentRevisions.SingleAsync(r => r.File == draft.File);
            Assert.Equal((RevisionAction.Saved, DatasetExchange.Operator), (revision.Action, revision.Author));
        });
    }

    [Fact]
    public async Task A_published_import_goes_live_once_and_a_second_import_of_the_same_file_changes_nothing()
    {
        var slug = await PublishedOrganisationAsync("Publish import unit");
        var folder = await ExportOneAsync(slug, json => json.Replace("Publish import unit", "Publish import unit (renamed)", StringComparison.Ordinal));

        var report = await ImportAsync(folder, publish: true);
        var again = await ImportAsync(folder, publish: true);

        Assert.True(report.Written, string.Join('\n', report.Errors));
        Assert.False(again.Written);
        Assert.Equal(1, again.Unchanged);
        Assert.Contains("(renamed)", await hub.CreateClient().GetStringAsync($"/organisations/{slug}"), StringComparison.Ordinal);
        await hub.WithDatabaseAsync(async db =>
        {
            var revisions = await db.ContentRevisions.Where(r => r.File == $"organisations/{slug}.json").ToListAsync();
            var revision = Assert.Single(revisions);
            Assert.Equal(RevisionAction.Published, revision.Action);
        });
    }

    [Fact]
    public async Task A_file_whose_draft_is_in_review_is_not_imported_over()
    {
        var slug = await PublishedOrganisationAsync("Review import unit");
        var file = $"organisations/{slug}.json";
        await hub.WithDatabaseAsync(async db =>
        {
            db.ContentDrafts.Add(new ContentDraft { File = file, State = DraftState.InReview, Json = "{}", UpdatedBy = "editor@example.org" });
            await db.SaveChangesAsync();
        });
        var folder = await ExportOneAsync(slug, json => json.Replace("Review import unit", "Review import unit (renamed)", StringComparison.Ordinal));

        var report = await ImportAsync(folder, publish: false);

        Assert.False(report.Written);
        Assert.Contains(report.Errors, e => e.File == file && e.Message.Contains("in review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_reference_to_a_missing_item_and_every_duplicate_is_reported_and_nothing_is_written()
    {
        var folder = Directory.CreateTempSubdirectory("cseahub-import-").FullName;
        var organisations = Directory.CreateDirectory(Path.Combine(folder, "organisations")).FullName;
        var europol = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "organisations", "europol.json"));
        var slug = TestData.UniqueKey("dup");
        var copy = europol.Replace("\"slug\": \"europol\"", $"\"slug\": \"{slug}\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(organisations, $"{slug}.json"), copy.Replace("\"NL\"", "\"QQ\"", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(organisations, "misnamed.json"), copy);

        var report = await ImportAsync(folder, publish: true);

        Assert.False(report.Written);
        Assert.Contains(report.Errors, e => e.File == "organisations/misnamed.json" && e.Message.Contains($"organisations/{slug}.json", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Field == "countries[0]" && e.Message.Contains("'QQ' is not a known country", StringComparison.Ordinal));
        await hub.WithDatabaseAsync(async db => Assert.False(await db.Organisations.AnyAsync(o => o.Slug == slug)));
    }

    [Fact]
    public async Task A_taxonomy_that_drops_a_term_the_hub_still_uses_is_refused_naming_the_records_that_use_it()
    {
        var folder = Directory.CreateTempSubdirectory("cseahub-import-").FullName;
        var taxonomies = Directory.CreateDirectory(Path.Combine(folder, "taxonomies")).FullName;
        var audiences = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "taxonomies", "audiences.json")))!.AsArray();
        audiences.Remove(audiences.Single(a => (string?)a!["key"] == "law-enforcement"));
        await File.WriteAllTextAsync(Path.Combine(taxonomies, "audiences.json"), audiences.ToJsonString());

        var report = await ImportAsync(folder, publish: true);

        Assert.False(report.Written);
        Assert.Contains(report.Errors, e => e.File == "organisations/europol.json" && e.Message.Contains("'law-enforcement' is not a known audience", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.File == "library/tcy-guidance-note-ransomware.json" && e.Message.Contains("'law-enforcement'", StringComparison.Ordinal));
        await hub.WithDatabaseAsync(async db => Assert.True(await db.Audiences.AnyAsync(a => a.Key == "law-enforcement")));
    }

    private async Task<string> PublishedOrganisationAsync(string name) => await hub.AddOrganisationAsync(name);

    /// <summary>One organisation exported as the professionals' export writes it, changed by <paramref name="edit"/>.</summary>
    private async Task<string> ExportOneAsync(string slug, Func<string, string> edit)
    {
        var export = await ExportAsync(ExchangeFormat.Json, includeProfessionals: true);
        var folder = Directory.CreateTempSubdirectory("cseahub-import-").FullName;
        var organisations = Directory.CreateDirectory(Path.Combine(folder, "organisations")).FullName;
        var json = await File.ReadAllTextAsync(Path.Combine(export, "organisations", $"{slug}.json"));
        await File.WriteAllTextAsync(Path.Combine(organisations, $"{slug}.json"), edit(json));
        return folder;
    }

    private Task<string> ExportAsync(ExchangeFormat format, bool includeProfessionals) => ExportAsync(hub, format, includeProfessionals);

    private static async Task<string> ExportAsync(HubAppFactory from, ExchangeFormat format, bool includeProfessionals)
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("cseahub-export-").FullName, "out");
        await using var scope = from.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatasetExchange>()
            .ExportAsync(new ExportOptions(format, folder, includeProfessionals), TestContext.Current.CancellationToken);
        return folder;
    }

    private async Task<ImportReport> ImportAsync(string folder, bool publish)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetExchange>()
            .ImportAsync(folder, new ImportOptions(publish, DryRun: false), TextWriter.Null, TestContext.Current.CancellationToken);
    }
}
