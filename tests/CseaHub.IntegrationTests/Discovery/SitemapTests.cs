using System.Net;
using System.Xml.Linq;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.IntegrationTests.Discovery;

public sealed class SitemapTests(HubAppFactory hub)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task Every_address_in_the_sitemaps_opens_for_an_anonymous_reader_in_both_languages()
    {
        var client = hub.CreateClient();
        var locations = await AllLocationsAsync(client);

        Assert.Contains($"{HubAppFactory.PublicBaseUrl}/organisations/council-of-europe", locations);
        Assert.Contains($"{HubAppFactory.PublicBaseUrl}/fr/instruments/lanzarote-convention", locations);
        Assert.Contains($"{HubAppFactory.PublicBaseUrl}/countries/ro", locations);
        Assert.Contains($"{HubAppFactory.PublicBaseUrl}/monitoring/lanzarote-convention/1", locations);
        Assert.Contains($"{HubAppFactory.PublicBaseUrl}/library/lanzarote-report-circle-of-trust-2025", locations);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        foreach (var location in locations)
        {
            var response = await client.GetAsync(new Uri(location).PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{location}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Drafts_and_professionals_only_content_are_never_listed()
    {
        var draft = await hub.AddOrganisationAsync("Sitemap draft", status: ContentStatus.Draft);
        var restricted = await hub.AddOrganisationAsync("Sitemap restricted", visibility: Visibility.Professionals);
        var published = await hub.AddOrganisationAsync("Sitemap published");
        var restrictedInstrument = await hub.AddInstrumentAsync("Sitemap restricted instrument", visibility: Visibility.Professionals);

        // A vetted professional's request gets the same public sitemap.
        var locations = await AllLocationsAsync(hub.CreateClientAs("Professional"));

        Assert.Contains(locations, l => l.EndsWith($"/organisations/{published}", StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains(draft, StringComparison.Ordinal) || l.Contains(restricted, StringComparison.Ordinal));
        Assert.DoesNotContain(locations, l => l.Contains(restrictedInstrument, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_entry_names_both_language_versions_and_dates_content_by_its_public_change()
    {
        var slug = await hub.AddOrganisationAsync("Sitemap dated");
        var part = await XDocument.LoadAsync(
            await hub.CreateClient().GetStreamAsync("/sitemaps/organisations-1.xml"), LoadOptions.None, TestContext.Current.CancellationToken);

        var entries = part.Root!.Elements(Sitemap + "url")
            .Where(u => u.Element(Sitemap + "loc")!.Value.EndsWith($"/organisations/{slug}", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, entries.Count);
        Assert.All(entries, entry =>
        {
            var alternates = entry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal($"{HubAppFactory.PublicBaseUrl}/organisations/{slug}", alternates["en"]);
            Assert.Equal($"{HubAppFactory.PublicBaseUrl}/fr/organisations/{slug}", alternates["fr"]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(Sitemap + "lastmod")!.Value);
        });
    }

    [Theory]
    [InlineData("/sitemaps/organisations-2.xml")]
    [InlineData("/sitemaps/secrets-1.xml")]
    [InlineData("/sitemaps/pages-0.xml")]
    public async Task A_sitemap_part_that_does_not_exist_is_a_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Robots_keep_crawlers_out_of_forms_accounts_and_result_lists_and_point_at_the_sitemap()
    {
        var robots = await hub.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /fr/account\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /search\n", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {HubAppFactory.PublicBaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /organisations", robots, StringComparison.Ordinal);
    }

    private static async Task<List<string>> AllLocationsAsync(HttpClient client)
    {
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var locations = new List<string>();
        foreach (var part in index.Root!.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value).PathAndQuery))
        {
            var urls = XDocument.Parse(await client.GetStringAsync(part));
            locations.AddRange(urls.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value));
        }

        return locations;
    }
}
