namespace CseaHub.BrowserTests.Journeys;

public sealed class LibraryJourneyTests(BrowserHub hub)
{
    [Fact]
    public async Task Without_JavaScript_a_reader_filters_the_library_and_reaches_the_round_a_report_belongs_to()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, javaScript: false);
        var page = browser.Page;

        await page.GotoAsync("/library");
        await page.SelectOptionAsync("#kind", "implementation-report");
        await page.SelectOptionAsync("#body", "lanzarote-committee");
        await page.ClickAsync("form.filters button[type=submit]");

        Assert.Contains("kind=implementation-report", page.Url, StringComparison.Ordinal);
        await page.ClickAsync(".card h3 a >> text=The strategies");
        await page.ClickAsync(".profile-facts a[href='/monitoring/lanzarote-convention/1']");
        Assert.EndsWith("/monitoring/lanzarote-convention/1", page.Url, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Without_JavaScript_a_reader_narrows_a_rounds_findings_to_one_state()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, javaScript: false);
        var page = browser.Page;

        await page.GotoAsync("/monitoring/lanzarote-convention/1");
        await page.SelectOptionAsync("#country", "HR");
        await page.ClickAsync("form.inline-filters button[type=submit]");

        Assert.Contains("country=HR", page.Url, StringComparison.Ordinal);
        var states = await page.Locator("ol.findings .meta").AllInnerTextsAsync();
        Assert.All(states, text => Assert.True(
            text.Contains("Croatia", StringComparison.Ordinal) || text.Contains("All Parties", StringComparison.Ordinal), text));
        browser.AssertNoConsoleErrors();
    }
}
