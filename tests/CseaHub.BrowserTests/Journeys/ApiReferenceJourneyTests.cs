namespace CseaHub.BrowserTests.Journeys;

public sealed class ApiReferenceJourneyTests(BrowserHub hub)
{
    [Fact]
    public async Task A_partner_browses_the_api_reference_served_by_the_hub_without_errors()
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(hub.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync("/api/docs/");
        await page.GetByText("CseaHub open data API").First.WaitForAsync();
        await page.GetByText("/api/v1/organisations/{slug}").First.WaitForAsync();

        browser.AssertNoConsoleErrors();
        Assert.Empty(outside);
    }
}
