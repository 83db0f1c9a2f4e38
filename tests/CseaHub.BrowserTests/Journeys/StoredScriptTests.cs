using System.Text.Json.Nodes;
using CseaHub.Tests;
using CseaHub.Web.Exchange;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.BrowserTests.Journeys;

/// <summary>
/// Stored scripts: an organisation imported with script payloads in every free-text field (Markdown included) is
/// shown by Chromium on its profile and in search results, in both languages, and none of the
/// payloads runs. Each payload calls a function the test defines before any page script, which counts the calls.
/// </summary>
public sealed class StoredScriptTests(BrowserHub hub)
{
    private const string Payloads =
        "<script>hostileScript(1)</script> <img src=x onerror=hostileScript(2)> <svg/onload=hostileScript(3)> " +
        "\"><script>hostileScript(4)</script> <iframe srcdoc=\"<script>parent.hostileScript(5)</script>\"></iframe> " +
        "<a href=\"javascript:hostileScript(6)\">link</a> [markdown link](javascript:hostileScript(7)) " +
        "<details open ontoggle=hostileScript(8)>x</details> <style>@import 'javascript:hostileScript(9)'</style>";

    /// <summary>For names and titles, which are short.</summary>
    private const string ShortPayloads = "<script>hostileScript(1)</script><img src=x onerror=hostileScript(2)>\"><svg/onload=hostileScript(3)>";

    [Fact]
    public async Task Script_payloads_stored_in_an_organisation_never_run_on_its_profile_or_in_search()
    {
        var (slug, record) = await ImportHostileOrganisationAsync();
        try
        {
            await AssertNoPayloadRunsAsync(slug);
        }
        finally
        {
            // The hub is shared: archived, the organisation leaves the pages other tests read.
            record["status"] = "archived";
            await ImportAsync(slug, record);
        }
    }

    private async Task AssertNoPayloadRunsAsync(string slug)
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        await page.AddInitScriptAsync("window.hostileScript = () => { window.hostileRuns = (window.hostileRuns || 0) + 1; };");
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        foreach (var url in new[] { $"/organisations/{slug}", $"/fr/organisations/{slug}", "/search?q=payloadunit", "/fr/search?q=payloadunit" })
        {
            // The index follows the import within moments: a search page is read again until the result is there.
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response!.Ok, $"{url}: {response.Status}");
                if (await page.Locator($"main a[href$='/organisations/{slug}'], h1:has-text('Payloadunit')").CountAsync() > 0)
                {
                    break;
                }

                await Task.Delay(200, TestContext.Current.CancellationToken);
            }

            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            Assert.True(await page.Locator($"main a[href$='/organisations/{slug}'], h1:has-text('Payloadunit')").CountAsync() > 0, $"{url} does not show the organisation");
            Assert.Equal(0, await page.EvaluateAsync<int>("window.hostileRuns || 0"));
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i], iframe, [onerror], [onload], [ontoggle]").CountAsync());
        }

        Assert.Equal(0, dialogs);
        browser.AssertNoConsoleErrors();
    }

    /// <summary>The bundled Council of Europe profile under a new slug, every free-text field carrying the payloads; imported and published.</summary>
    private async Task<(string Slug, JsonNode Record)> ImportHostileOrganisationAsync()
    {
        var slug = "payloadunit-" + Guid.NewGuid().ToString("N")[..8];
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "organisations", "council-of-europe.json")))!;
        record["slug"] = slug;
        foreach (var language in new[] { "en", "fr" })
        {
            record["name"]![language] = "Payloadunit " + ShortPayloads;
            record["summary"]![language] = Payloads;
            record["description"]![language] = Payloads + "\n\n" + Payloads;
            foreach (var section in record["sections"]!.AsArray())
            {
                section!["title"]![language] = "Section " + ShortPayloads;
                section["body"]![language] = Payloads;
            }
        }

        record["address"]!["street"] = ShortPayloads;
        // Kept out of the filtered lists other tests read while it is live.
        record["audiences"] = new JsonArray("industry");
        record["countries"] = new JsonArray("MT");
        await ImportAsync(slug, record);
        return (slug, record);
    }

    private async Task ImportAsync(string slug, JsonNode record)
    {
        var folder = Directory.CreateTempSubdirectory("cseahub-payload-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "organisations"));
        await File.WriteAllTextAsync(Path.Combine(folder, "organisations", slug + ".json"), record.ToJsonString());

        await using var scope = hub.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<DatasetExchange>()
            .ImportAsync(folder, new ImportOptions(Publish: true, DryRun: false), TextWriter.Null, TestContext.Current.CancellationToken);
        Assert.True(report.Written, string.Join('\n', report.Errors));
    }
}
