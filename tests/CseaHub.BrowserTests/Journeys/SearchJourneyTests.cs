namespace CseaHub.BrowserTests.Journeys;

public sealed class SearchJourneyTests(BrowserHub hub)
{
    [Fact]
    public async Task Without_JavaScript_a_reader_searches_from_any_page_narrows_by_a_facet_and_opens_a_result()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, javaScript: false);
        var page = browser.Page;

        await page.GotoAsync("/countries/fr");
        await page.FillAsync("#site-search-q", "sollicitation d'enfants");
        await page.ClickAsync(".site-search button[type=submit]");
        Assert.Contains("/search?q=", page.Url, StringComparison.Ordinal);

        await page.ClickAsync(".facets a[href*='type=article']");
        Assert.Contains("type=article", page.Url, StringComparison.Ordinal);
        await page.ClickAsync(".search-results h3 a >> nth=0");
        Assert.Contains("/instruments/lanzarote-convention#article-23", page.Url, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task In_French_a_reader_searches_follows_a_facet_and_stays_in_French()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, javaScript: false);
        var page = browser.Page;

        await page.GotoAsync("/fr");
        await page.FillAsync("#site-search-q", "sollicitation d'enfants");
        await page.ClickAsync(".site-search button[type=submit]");
        Assert.Contains("/fr/search?q=", page.Url, StringComparison.Ordinal);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync(".facets a[href*='type=article']");
        Assert.Contains("/fr/search?", page.Url, StringComparison.Ordinal);
        Assert.Contains("type=article", page.Url, StringComparison.Ordinal);
        await page.ClickAsync(".search-results h3 a >> nth=0");
        Assert.Contains("/fr/instruments/lanzarote-convention#article-23", page.Url, StringComparison.Ordinal);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        browser.AssertNoConsoleErrors();
    }
}
