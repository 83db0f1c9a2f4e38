using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// Hostile values (<see cref="HostileInput"/>) in every query parameter the API describes, in every field of every
/// form a reader can send by GET, and in place of every item's slug: each answer is a page or a clear 4xx, never a
/// 500, never a live script, and the hub logs no error on the way. The surfaces are found from the hub itself (its
/// OpenAPI document, its pages' links and forms), so a new filter is tried without anyone listing it here.
/// </summary>
public sealed class HostileInputTests
{
    private const int Seed = 20261202;

    private const int RandomCases = 25;

    /// <summary>A valid value for each path parameter, so a query parameter reaches the handler behind it.</summary>
    private static readonly Dictionary<string, string> PathSamples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["slug"] = "council-of-europe",
        ["code"] = "FR",
        ["instrument"] = "lanzarote-convention",
        ["number"] = "1",
        ["taxonomy"] = "topics",
    };

    private static readonly IReadOnlyList<string> Cases = HostileInput.Encoded(Seed, RandomCases);

    [Fact]
    public async Task Every_api_parameter_answers_hostile_values_with_an_answer_or_a_clear_error()
    {
        await using var hub = HubAppFactory.Own();
        var client = hub.CreateClient();
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var urls = new List<string>();
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            var named = parameters.EnumerateArray()
                .Select(p => (Name: p.GetProperty("name").GetString()!, In: p.GetProperty("in").GetString()!)).ToList();
            foreach (var (name, place) in named)
            {
                urls.AddRange(Cases.Select(value => place == "path"
                    ? WithPath(path.Name, named, name, value)
                    : $"{WithPath(path.Name, named, null, null)}?{name}={value}"));
            }
        }

        await AssertAnsweredSafelyAsync(hub, client, urls, minimum: 2_000);
    }

    [Fact]
    public async Task Every_reader_form_and_item_path_answers_hostile_values_with_a_page_or_a_clear_error()
    {
        await using var hub = HubAppFactory.Own();
        var client = hub.CreateClient();
        var pages = await ReaderPagesAsync(client);

        var fields = new HashSet<(string Action, string Field)>();
        var itemPrefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, document) in pages)
        {
            foreach (var form in document.QuerySelectorAll("form").Where(f => !"post".Equals(f.GetAttribute("method"), StringComparison.OrdinalIgnoreCase)))
            {
                var action = new Uri(new Uri("http://hub" + path), form.GetAttribute("action") ?? path).AbsolutePath;
                foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
                {
                    fields.Add((action, field.GetAttribute("name")!));
                }
            }

            foreach (var link in Links(document).Where(l => l.Count(c => c == '/') >= 2 && !l.EndsWith('/')))
            {
                itemPrefixes.Add(link[..(link.LastIndexOf('/') + 1)]);
            }
        }

        Assert.True(fields.Count >= 10, $"only {fields.Count} form fields found on {pages.Count} pages");
        var urls = fields.SelectMany(f => Cases.Select(value => $"{f.Action}?{f.Field}={value}"))
            .Concat(itemPrefixes.SelectMany(prefix => Cases.Select(value => prefix + value)))
            .ToList();

        await AssertAnsweredSafelyAsync(hub, client, urls, minimum: 3_000);
    }

    private static string WithPath(string template, IEnumerable<(string Name, string In)> parameters, string? hostileName, string? hostileValue)
    {
        var url = template;
        foreach (var (name, _) in parameters.Where(p => p.In == "path"))
        {
            url = url.Replace("{" + name + "}", name == hostileName ? hostileValue! : PathSamples.GetValueOrDefault(name, "x"), StringComparison.Ordinal);
        }

        return url;
    }

    /// <summary>The home pages in both languages and every page they link to on the hub, by path.</summary>
    private static async Task<IReadOnlyList<(string Path, AngleSharp.Html.Dom.IHtmlDocument Document)>> ReaderPagesAsync(HttpClient client)
    {
        var pages = new List<(string, AngleSharp.Html.Dom.IHtmlDocument)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var home in new[] { "/", "/fr/" })
        {
            var document = await client.GetDocumentAsync(home);
            pages.Add((home, document));
            foreach (var link in Links(document).Where(seen.Add))
            {
                using var response = await client.GetAsync(link, TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    pages.Add((link, await response.ReadDocumentAsync()));
                }
            }
        }

        return pages;
    }

    private static IEnumerable<string> Links(IDocument document) =>
        document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!)
            .Where(href => !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('?', '#')[0])
            .Distinct(StringComparer.Ordinal);

    private static async Task AssertAnsweredSafelyAsync(HubAppFactory hub, HttpClient client, List<string> urls, int minimum)
    {
        Assert.True(urls.Count >= minimum, $"only {urls.Count} cases");

        var errorsBefore = hub.Errors.Entries.Count;
        var failures = new List<string>();
        var parser = new HtmlParser();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                failures.Add($"{status} {url}");
                continue;
            }

            if (await HostileAnswers.LiveScriptAsync(response, parser) is { } script)
            {
                failures.Add($"live script in {url}: {script}");
            }
        }

        HostileAnswers.AssertNone(hub, errorsBefore, failures, urls.Count);
    }
}
