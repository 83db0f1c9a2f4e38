using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.IntegrationTests.Api;
using CseaHub.IntegrationTests.Data;
using CseaHub.IntegrationTests.Search;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// A database backup taken while the hub serves, restored into an empty database, gives back every row of every table
/// (content, drafts, revisions, the change feed, accounts, tokens, the audit log, the keys), and a hub started on it
/// serves and finds what the first one did. The content-only path (<c>export</c> then <c>import</c>) is tested in
/// CommandLineTests.
/// </summary>
public sealed class BackupAndRestoreTests
{
    [Fact]
    public async Task A_backup_taken_while_the_hub_serves_restores_every_row_revisions_included()
    {
        await using var original = HubAppFactory.Own();
        await original.InitializeAsync();
        var slug = await original.AddOrganisationAsync("Backed up unit");
        var file = $"organisations/{slug}.json";
        var editor = await original.ClientWithTokenAsync(HubRoles.Editor);
        var reviewer = await original.ClientWithTokenAsync(HubRoles.Reviewer);
        var etag = await RenameAsync(editor, file, "Backed up unit (published rename)");
        var submitted = await editor.SendContentAsync(HttpMethod.Post, file, etag, null, "/submit");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.SendContentAsync(HttpMethod.Post, file, submitted.Headers.ETag, null, "/publish")).StatusCode);
        await RenameAsync(editor, file, "Backed up unit (draft in progress)");
        await original.AddAccountAsync();
        await original.SearchCaughtUpAsync();

        var backup = Path.Combine(original.DataDirectory, "backup");
        var before = await ReleaseDatabase.ReadAsync(original);
        await DatabaseBackup.BackUpAsync(original, backup);

        await using var restored = HubAppFactory.WithSettings(new Dictionary<string, string?> { ["Dataset:LoadOnStart"] = "false" });
        await DatabaseBackup.RestoreAsync(backup, restored);
        var after = await ReleaseDatabase.ReadAsync(restored);

        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, table) in before)
        {
            Assert.Equal(table.Columns, after[name].Columns);
            var differing = table.Over(table.Columns).Except(after[name].Over(table.Columns)).Count()
                + after[name].Over(table.Columns).Except(table.Over(table.Columns)).Count();
            Assert.True(differing == 0 && table.Rows.Count == after[name].Rows.Count,
                $"{name}: {table.Rows.Count} rows before, {after[name].Rows.Count} after, {differing} differ");
        }

        Assert.True(await restored.WithDatabaseAsync(db => db.ContentRevisions.CountAsync(r => r.File == file)) >= 3, "the history holds the edits above");
        Assert.Contains("(published rename)", await restored.CreateClient().GetStringAsync($"/organisations/{slug}"), StringComparison.Ordinal);
        // The editor's program carries on with the same token against the restored hub, and finds its draft.
        var restoredEditor = restored.CreateClient();
        restoredEditor.DefaultRequestHeaders.Authorization = editor.DefaultRequestHeaders.Authorization;
        Assert.Contains("(draft in progress)", await restoredEditor.GetStringAsync($"/api/v1/content?file={file}"), StringComparison.Ordinal);
        await restored.SearchCaughtUpAsync();
        Assert.Equal(1, (await restored.CreateClient().SearchAsync("\"published rename\"")).GetProperty("total").GetInt32());
    }

    /// <summary>Saves the file with a new English name as a draft; returns the draft's ETag.</summary>
    private static async Task<System.Net.Http.Headers.EntityTagHeaderValue?> RenameAsync(HttpClient editor, string file, string name)
    {
        var current = await editor.GetAsync($"/api/v1/content?file={file}");
        var state = (await current.Content.ReadFromJsonAsync<JsonObject>())!;
        var record = (state["draft"] ?? state["published"])!.AsObject();
        record["name"]!["en"] = name;
        var saved = await editor.SendContentAsync(HttpMethod.Put, file, current.Headers.ETag, record);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        return saved.Headers.ETag;
    }
}
