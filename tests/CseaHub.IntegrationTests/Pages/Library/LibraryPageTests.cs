using System.Net;
using System.Text.Json;
using CseaHub.Tests;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Pages.Library;

public sealed class LibraryPageTests(HubAppFactory hub)
{
    public static TheoryData<string> BundledDocuments =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "library"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(BundledDocuments))]
    public async Task Every_bundled_document_has_a_page_with_its_title_date_and_sources(string slug)
    {
        var record = Bundled().Single(d => d.GetProperty("slug").GetString() == slug);
        var page = await hub.CreateClient().GetDocumentAsync($"/library/{slug}");

        Assert.Equal(record.GetProperty("title").GetProperty("en").GetString(), page.QuerySelector("h1")!.TextContent.Trim());
        var year = record.GetProperty("issued").GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith(year, page.QuerySelector(".profile-header time")!.GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.Equal(record.GetProperty("sources").GetArrayLength(), page.QuerySelectorAll(".sources li").Length);
    }

    [Fact]
    public async Task The_library_lists_documents_newest_first()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/library?pageSize=100&instrument=budapest-convention");

        var dates = page.QuerySelectorAll(".cards .meta time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count > 5, $"{dates.Count} documents listed");
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("kind=guidance-note", "kind", "guidanceNote", "Guidance note")]
    [InlineData("body=lanzarote-committee", "issuedBy", "lanzarote-committee", "Lanzarote Committee")]
    [InlineData("year=2022", "year", "2022", "2022")]
    public async Task Each_filter_shows_every_matching_document_and_nothing_else(string query, string field, string value, string shown)
    {
        // Other tests add documents to the shared hub: every bundled match must be listed, and every listed item must match.
        var expected = Bundled().Where(d => field switch
        {
            "year" => d.GetProperty("issued").GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) == value,
            _ => d.TryGetProperty(field, out var v) && v.GetString() == value,
        }).Select(d => $"/library/{d.GetProperty("slug").GetString()}").ToList();

        var page = await hub.CreateClient().GetDocumentAsync($"/library?pageSize=100&{query}");

        var cards = page.QuerySelectorAll(".cards > li").ToList();
        Assert.NotEmpty(expected);
        Assert.Superset(expected.ToHashSet(), cards.Select(c => c.QuerySelector("h3 a")!.GetAttribute("href")!).ToHashSet());
        Assert.All(cards, card => Assert.Contains(shown, card.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_combine_and_the_instrument_filter_follows_the_documents_links()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/library?instrument=lanzarote-convention&kind=opinion");

        var titles = page.QuerySelectorAll(".cards h3").Select(h => h.TextContent).ToList();
        Assert.Contains(titles, t => t.Contains("Article 23", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("Guidance Note", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kind=memo", "The kind of document in the address is not one the library knows.")]
    [InlineData("year=twenty", "The year must be a whole number such as 2022.")]
    [InlineData("body=nobody-at-all", "The issuing body in the address is not one the hub lists.")]
    [InlineData("instrument=%3Cscript%3E", "The instrument in the address is not one the hub lists.")]
    public async Task A_filter_the_library_cannot_apply_gets_a_400_that_names_it(string query, string message)
    {
        var response = await hub.CreateClient().GetAsync($"/library?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_links_the_articles_it_discusses_and_the_findings_drawn_from_it()
    {
        var grooming = await hub.CreateClient().GetDocumentAsync("/library/lanzarote-opinion-article-23-grooming");
        Assert.NotNull(grooming.QuerySelector("a[href='/instruments/lanzarote-convention#article-23']"));

        var strategies = await hub.CreateClient().GetDocumentAsync("/library/lanzarote-implementation-report-circle-of-trust-strategies");
        Assert.NotEmpty(strategies.QuerySelectorAll("#findings-heading + ul a[href^='/monitoring/lanzarote-convention/1#finding-']"));
    }

    [Fact]
    public async Task A_document_without_a_known_day_shows_only_its_year_and_says_so()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/library/lanzarote-interpretative-opinion-ict-facilitated-offences");

        Assert.Equal("2017", page.QuerySelector(".profile-facts time")!.GetAttribute("datetime"));
        Assert.Contains("exact day not found in the sources", page.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_professionals_only_document_is_hidden_from_anonymous_readers_everywhere()
    {
        var title = "Restricted study " + Guid.NewGuid().ToString("N")[..8];
        var slug = await hub.AddLibraryDocumentAsync(title, visibility: Visibility.Professionals);
        // The newest document, so it would be among the few a country page lists if visibility let it through.
        await hub.WithDatabaseAsync(async db =>
        {
            var newest = new DateOnly(2026, 11, 30);
            (await db.Documents.SingleAsync(d => d.Slug == slug)).Issued = new PartialDate
            {
                Year = 2026,
                Day = newest,
                SourceKey = "test",
                AsOf = newest,
            };
            await db.SaveChangesAsync();
        });
        var anonymous = hub.CreateClient();
        var professional = hub.CreateClientAs(HubRoles.Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/library/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/documents/{slug}")).StatusCode);
        Assert.DoesNotContain(title, (await anonymous.GetDocumentAsync("/library?pageSize=100")).VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await anonymous.GetDocumentAsync("/countries/fr")).VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/api/v1/documents?pageSize=100"), StringComparison.Ordinal);

        Assert.Contains(title, (await professional.GetDocumentAsync($"/library/{slug}")).VisibleText(), StringComparison.Ordinal);
        Assert.Contains(title, (await professional.GetDocumentAsync("/library?pageSize=100")).VisibleText(), StringComparison.Ordinal);
        Assert.Contains(title, await professional.GetStringAsync("/api/v1/documents?pageSize=100"), StringComparison.Ordinal);
        Assert.Contains(title, (await professional.GetDocumentAsync("/countries/fr")).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_never_reveals_a_draft_instrument_through_its_round()
    {
        var instrument = await hub.AddInstrumentAsync("Unannounced draft treaty", ContentStatus.Draft);
        var (_, round) = await hub.AddMonitoringRoundAsync("Round of a draft treaty", Visibility.Public, instrument);
        var slug = await hub.AddLibraryDocumentAsync("Report of a round", roundSlug: round);

        var page = await hub.CreateClient().GetStringAsync($"/library/{slug}");
        var api = await hub.CreateClient().GetStringAsync($"/api/v1/documents/{slug}");

        Assert.DoesNotContain(instrument, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Unannounced draft treaty", page, StringComparison.Ordinal);
        Assert.DoesNotContain(instrument, api, StringComparison.Ordinal);
        await hub.SearchCaughtUpAsync();
        Assert.DoesNotContain(instrument, await hub.CreateClient().GetStringAsync("/api/v1/search?q=round+of+a+draft+treaty"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_document_is_shown_to_nobody()
    {
        var slug = await hub.AddLibraryDocumentAsync("Draft study", status: ContentStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClientAs(HubRoles.Professional).GetAsync($"/library/{slug}")).StatusCode);
    }

    private static List<JsonElement> Bundled() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "library"), "*.json")
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement)];
}
