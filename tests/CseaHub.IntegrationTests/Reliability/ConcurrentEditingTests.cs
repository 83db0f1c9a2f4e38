using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CseaHub.IntegrationTests.Api;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// Twenty editors writing at the same moment through the write API, on one file and on twenty: every save is applied
/// or refused as a conflict (never a 500, never a lost or doubled revision), and nothing waits forever.
/// </summary>
public sealed class ConcurrentEditingTests(HubAppFactory hub)
{
    private const int Editors = 20;

    [Fact]
    public async Task Twenty_editors_saving_one_file_at_once_get_one_save_and_conflicts_and_each_retry_lands_in_the_history()
    {
        var file = $"organisations/{await hub.AddOrganisationAsync("Contended unit")}.json";
        var editors = await EditorsAsync();
        var errorsBefore = hub.Errors.Entries.Count;
        var current = await editors[0].GetAsync($"/api/v1/content?file={file}", TestContext.Current.CancellationToken);
        var record = (await current.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["published"]!.AsObject();

        // Everyone starts from the same version; whoever is refused merges onto the version the conflict names and
        // tries again, as the 412's detail tells them to.
        var versions = editors.Select(_ => current.Headers.ETag).ToArray();
        var applied = new bool[Editors];
        var firstRound = new List<HttpStatusCode>();
        for (var round = 0; round < 4 * Editors && applied.Contains(false); round++)
        {
            var waiting = Enumerable.Range(0, Editors).Where(e => !applied[e]).ToList();
            var answers = await Task.WhenAll(waiting.Select(e =>
                editors[e].SendContentAsync(HttpMethod.Put, file, versions[e], WithAcronym(record, $"E{e}"))));
            foreach (var (editor, answer) in waiting.Zip(answers))
            {
                Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed,
                    $"editor {editor}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                applied[editor] = answer.StatusCode == HttpStatusCode.OK;
                if (!applied[editor])
                {
                    var conflict = await answer.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
                    versions[editor] = EntityTagHeaderValue.Parse(conflict!["currentETag"]!.GetValue<string>());
                }
            }

            if (round == 0)
            {
                firstRound.AddRange(answers.Select(a => a.StatusCode));
            }
        }

        Assert.Equal(1, firstRound.Count(status => status == HttpStatusCode.OK));
        Assert.All(applied, Assert.True);
        var saves = await hub.WithDatabaseAsync(db => db.ContentRevisions
            .Where(r => r.File == file && r.Action == RevisionAction.Saved).Select(r => r.Number).ToListAsync());
        Assert.Equal(Editors, saves.Count);
        Assert.Equal(saves.Count, saves.Distinct().Count());

        // A conflict is the editor's answer, not the operator's error (other tests share this hub: only this file's lines count).
        var logged = hub.Errors.Entries.Skip(errorsBefore).Where(e => e.Contains("ContentDrafts", StringComparison.Ordinal) || e.Contains(file, StringComparison.Ordinal));
        Assert.Empty(logged);
    }

    [Fact]
    public async Task Twenty_editors_saving_twenty_files_at_once_all_save()
    {
        var files = new List<string>();
        for (var n = 0; n < Editors; n++)
        {
            files.Add($"organisations/{await hub.AddOrganisationAsync($"Parallel unit {n}")}.json");
        }

        var editors = await EditorsAsync();
        var answers = await Task.WhenAll(files.Select(async (file, e) =>
        {
            var current = await editors[e].GetAsync($"/api/v1/content?file={file}", TestContext.Current.CancellationToken);
            var record = (await current.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["published"]!.AsObject();
            return await editors[e].SendContentAsync(HttpMethod.Put, file, current.Headers.ETag, WithAcronym(record, $"P{e}"));
        }));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var saved = await hub.WithDatabaseAsync(db => db.ContentRevisions
            .Where(r => files.Contains(r.File) && r.Action == RevisionAction.Saved).Select(r => r.File).ToListAsync());
        Assert.Equal(files.Order(StringComparer.Ordinal), saved.Order(StringComparer.Ordinal));
    }

    private async Task<HttpClient[]> EditorsAsync()
    {
        var editors = new HttpClient[Editors];
        for (var e = 0; e < Editors; e++)
        {
            editors[e] = await hub.ClientWithTokenAsync(HubRoles.Editor);
        }

        return editors;
    }

    private static JsonObject WithAcronym(JsonObject record, string acronym)
    {
        var copy = record.DeepClone().AsObject();
        copy["acronym"] = acronym;
        return copy;
    }
}
