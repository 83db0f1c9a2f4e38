using System.Text.Json.Nodes;
using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Data;

public sealed class DatasetLoaderTests(HubAppFactory hub) : IDisposable
{
    private readonly string _copy = CopyBundledDataset();

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
        WriteOrganisation(slug, "First summary.");
        Assert.Equal(1, (await LoadAsync(_copy)).Added);

        WriteOrganisation(slug, "Second summary.");
        var summary = await LoadAsync(_copy);

        Assert.Equal((0, 1), (summary.Added, summary.Updated));
        var stored = await hub.WithDatabaseAsync(db => db.Organisations.Where(o => o.Slug == slug).Select(o => o.Summary.En).SingleAsync());
        Assert.Equal("Second summary.", stored);
    }

    [Fact]
    public async Task An_invalid_dataset_writes_nothing()
    {
        var valid = TestData.UniqueKey("loader");
        var broken = TestData.UniqueKey("loader");
        WriteOrganisation(valid, "Valid.");
        WriteOrganisation(broken, "Broken.", phone: "+33 3 88");

        var exception = await Assert.ThrowsAsync<DatasetException>(() => LoadAsync(_copy));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(($"organisations/{broken}.json", "phone.value"), (error.File, error.Field));
        Assert.False(await hub.WithDatabaseAsync(db => db.Organisations.AnyAsync(o => o.Slug == valid)));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private async Task<DatasetImportSummary> LoadAsync(string root)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetLoad>().LoadAsync(root);
    }

    // Only the bundled rows: other tests add their own organisations and topics at the same time.
    private Task<string> SnapshotAsync() => hub.WithDatabaseAsync(async db =>
    {
        var slugs = Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "organisations")).Select(Path.GetFileNameWithoutExtension).ToList();
        var rows = await db.Organisations.Where(o => slugs.Contains(o.Slug)).OrderBy(o => o.Slug)
            .Select(o => o.Slug + "|" + o.UpdatedUtc.Ticks + "|" + o.Sections.Count + "|" + o.Audiences.Count + "|" + o.Links.Count)
            .ToListAsync();
        return $"{await db.Countries.CountAsync()}|{rows.Count}|" + string.Join(";", rows);
    });

    private void WriteOrganisation(string slug, string summary, string phone = "+33388412000")
    {
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "organisations", "council-of-europe.json")))!;
        record["slug"] = slug;
        record["summary"]!["en"] = summary;
        record["phone"]!["value"] = phone;
        File.WriteAllText(Path.Combine(_copy, "organisations", slug + ".json"), record.ToJsonString());
    }

    private static string CopyBundledDataset()
    {
        var copy = Directory.CreateTempSubdirectory("cseahub-dataset-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Dataset, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Dataset, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
