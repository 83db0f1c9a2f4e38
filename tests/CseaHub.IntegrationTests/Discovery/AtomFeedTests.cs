using System.Net;
using System.Xml.Linq;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.IntegrationTests.Discovery;

public sealed class AtomFeedTests(HubAppFactory hub)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // Kiribati: no other test adds content there, so this feed holds only what these tests put in.
    private const string Country = "KI";

    [Fact]
    public async Task The_updates_feed_is_atom_with_the_newest_public_changes_first()
    {
        var response = await hub.CreateClient().GetAsync("/feeds/updates.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal($"{HubAppFactory.PublicBaseUrl}/feeds/updates.atom", feed.Element(Atom + "id")!.Value);
        Assert.Equal($"{HubAppFactory.PublicBaseUrl}/feeds/updates.atom", LinkOf(feed, "self"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 50);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.All(entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.StartsWith(HubAppFactory.PublicBaseUrl + "/", LinkOf(entry, "alternate"), StringComparison.Ordinal);
            Assert.NotNull(entry.Element(Atom + "category")?.Attribute("term"));
        });
    }

    [Fact]
    public async Task A_country_feed_brings_what_is_new_about_that_country_and_nothing_restricted()
    {
        var now = DateTime.UtcNow;
        var published = await hub.AddOrganisationAsync("Feed Kiribati office", country: Country, configure: o => o.PublicUpdatedUtc = now);
        var restricted = await hub.AddOrganisationAsync(
            "Feed Kiribati restricted", country: Country, visibility: Visibility.Professionals, configure: o => o.PublicUpdatedUtc = now.AddSeconds(1));
        var draft = await hub.AddOrganisationAsync(
            "Feed Kiribati draft", country: Country, status: ContentStatus.Draft, configure: o => o.PublicUpdatedUtc = now.AddSeconds(2));

        // A vetted professional's feed reader gets the same public feed.
        var feed = await FeedAsync($"/feeds/countries/{Country.ToLowerInvariant()}.atom", hub.CreateClientAs("Professional"));
        var links = feed.Elements(Atom + "entry").Select(e => LinkOf(e, "alternate")).ToList();

        Assert.Equal($"{HubAppFactory.PublicBaseUrl}/organisations/{published}", links[0]);
        Assert.DoesNotContain(links, l => l!.Contains(restricted, StringComparison.Ordinal) || l.Contains(draft, StringComparison.Ordinal));
        Assert.Equal("CseaHub – Updates about Kiribati", feed.Element(Atom + "title")!.Value);
        Assert.Equal($"{HubAppFactory.PublicBaseUrl}/countries/ki", LinkOf(feed, "alternate"));
    }

    [Fact]
    public async Task A_french_feed_speaks_french_and_links_to_french_pages()
    {
        var feed = await FeedAsync("/fr/feeds/instruments/lanzarote-convention.atom");

        Assert.Equal("fr", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("CseaHub – Mises à jour concernant Convention de Lanzarote", feed.Element(Atom + "title")!.Value);
        Assert.All(feed.Elements(Atom + "entry"), entry =>
            Assert.StartsWith($"{HubAppFactory.PublicBaseUrl}/fr/", LinkOf(entry, "alternate"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Instrument_and_organisation_feeds_bring_the_documents_concerning_them()
    {
        var document = await hub.AddLibraryDocumentAsync("Feed document on Lanzarote");
        await hub.WithDatabaseAsync(async db =>
        {
            var added = db.Documents.Single(d => d.Slug == document);
            added.PublicUpdatedUtc = DateTime.UtcNow.AddMinutes(1);
            await db.SaveChangesAsync();
        });

        var instrument = await FeedAsync("/feeds/instruments/lanzarote-convention.atom");
        var issuer = await FeedAsync("/feeds/organisations/lanzarote-committee.atom");

        Assert.Contains(instrument.Elements(Atom + "entry"), e => LinkOf(e, "alternate")!.EndsWith($"/library/{document}", StringComparison.Ordinal));
        Assert.Contains(issuer.Elements(Atom + "entry"), e => LinkOf(e, "alternate")!.EndsWith($"/library/{document}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_the_public_cannot_open_has_no_feed()
    {
        var restricted = await hub.AddOrganisationAsync("Feed restricted subject", visibility: Visibility.Professionals);
        var draft = await hub.AddInstrumentAsync("Feed draft instrument", ContentStatus.Draft);
        var client = hub.CreateClientAs("Professional");

        foreach (var url in new[] { $"/feeds/organisations/{restricted}.atom", $"/feeds/instruments/{draft}.atom", "/feeds/countries/zz.atom", "/feeds/countries/kir.atom" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.DoesNotContain("Feed restricted subject", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unchanged_feed_is_a_304_for_a_reader_that_sends_its_etag()
    {
        var client = hub.CreateClient();
        var first = await client.GetAsync("/feeds/countries/ro.atom");

        var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/countries/ro.atom");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/organisations/europol", "/feeds/organisations/europol.atom")]
    [InlineData("/fr/instruments/budapest-convention", "/fr/feeds/instruments/budapest-convention.atom")]
    [InlineData("/countries/ro", "/feeds/countries/ro.atom")]
    public async Task Pages_link_to_their_feed_for_browsers_and_for_people(string page, string feed)
    {
        var client = hub.CreateClient();
        var document = await client.GetDocumentAsync(page);

        Assert.Equal(feed, document.QuerySelector("head link[rel=alternate][type='application/atom+xml']:not([href$='updates.atom'])")?.GetAttribute("href"));
        Assert.Equal(feed, document.QuerySelector(".feed-link a")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(feed)).StatusCode);
    }

    private async Task<XElement> FeedAsync(string url, HttpClient? client = null) =>
        XDocument.Parse(await (client ?? hub.CreateClient()).GetStringAsync(url)).Root!;

    private static string? LinkOf(XElement element, string relation) =>
        element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == relation)?.Attribute("href")?.Value;
}
