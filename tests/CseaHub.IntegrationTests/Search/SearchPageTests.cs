using System.Net;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.IntegrationTests.Search;

public sealed class SearchPageTests(HubAppFactory hub)
{
    [Fact]
    public async Task Results_show_type_badges_snippets_and_facets_as_links_that_keep_the_query()
    {
        await hub.SearchCaughtUpAsync();

        var page = await hub.CreateClient().GetDocumentAsync("/search?q=grooming");

        Assert.NotEmpty(page.QuerySelectorAll(".search-results .badge-type"));
        Assert.NotNull(page.QuerySelector(".search-results .snippet mark"));
        var facetLinks = page.QuerySelectorAll(".facets a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(facetLinks);
        Assert.All(facetLinks, href => Assert.Contains("q=grooming", href, StringComparison.Ordinal));
        Assert.Contains("Also searched for equivalent terms", page.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_reader_gets_french_labels_and_links_that_stay_in_french()
    {
        await hub.SearchCaughtUpAsync();

        var page = await hub.CreateClient().GetDocumentAsync("/fr/search?q=pedopornographie");

        Assert.Contains("résultats", page.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll(".search-results h3 a"), a => Assert.StartsWith("/fr/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_results_offer_to_remove_a_filter()
    {
        await hub.SearchCaughtUpAsync();

        var page = await hub.CreateClient().GetDocumentAsync("/search?q=ransomware&country=JP");

        Assert.Contains("Nothing matches", page.VisibleText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".results a[href='/search?q=ransomware']"));
    }

    [Fact]
    public async Task A_page_past_the_last_says_where_the_last_is_with_a_404()
    {
        await hub.SearchCaughtUpAsync();

        var response = await hub.CreateClient().GetAsync("/search?q=grooming&page=999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no such page of results; the last page is", (await response.ReadDocumentAsync()).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_markup_in_content_is_shown_as_text_never_run()
    {
        var marker = "zq" + Guid.NewGuid().ToString("N")[..8];
        await hub.AddOrganisationAsync($"<script>alert('{marker}')</script> {marker}", configure: o =>
            o.Summary = new LocalisedText($"<img src=x onerror=alert(1)> {marker} summary"));
        await hub.SearchCaughtUpAsync();

        var html = await hub.CreateClient().GetStringAsync($"/search?q={marker}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=%00", "The search text is too long (300 characters at most) or contains control characters.")]
    [InlineData("q=x&type=spaceship", "The type in the address is not one the hub knows.")]
    [InlineData("q=x&for=astronauts", "The reader type in the address is not one the hub knows.")]
    public async Task A_search_the_hub_cannot_run_gets_a_400_that_names_the_problem(string query, string message)
    {
        var response = await hub.CreateClient().GetAsync($"/search?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_glossary_lists_preferred_and_discouraged_terms_in_both_languages()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/glossary");

        var csam = page.QuerySelector("#term-child-sexual-abuse-material + dd")!;
        Assert.Contains("pédopornographie", csam.TextContent, StringComparison.Ordinal);
        Assert.Contains("child pornography", csam.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(csam.QuerySelectorAll("a.source-mark"));
    }
}
