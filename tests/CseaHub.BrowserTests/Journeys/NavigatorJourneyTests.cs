using Microsoft.Playwright;

namespace CseaHub.BrowserTests.Journeys;

public sealed class NavigatorJourneyTests(BrowserHub hub)
{
    [Fact]
    public async Task By_keyboard_only_an_investigator_asks_for_subscriber_information_and_reaches_the_template()
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        await page.GotoAsync("/cooperation");

        // From the top of the page, with Tab alone, as a keyboard user arrives.
        await TabToAsync(page, "#from");
        await page.Keyboard.TypeAsync("France");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Romania");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Subscriber");
        // The date keeps its default (today); Tab on through its parts and the checkbox to the button.
        await TabToAsync(page, "form [type=submit]", most: 10);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("measure=subscriber-info", StringComparison.Ordinal));
        Assert.Contains("from=FR", page.Url, StringComparison.Ordinal);
        Assert.Contains("to=RO", page.Url, StringComparison.Ordinal);
        var first = await page.Locator(".routes > li").First.GetAttributeAsync("id");
        Assert.Equal("route-eu-production-order", first);

        await TabToAsync(page, "#route-budapest-31-stored-data a[href='/library/tcy-template-mla-subscriber-information-article-31']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/library/tcy-template-mla-subscriber-information-article-31", StringComparison.Ordinal));
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Without_JavaScript_the_grid_links_each_cell_to_the_navigators_answer()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, javaScript: false);
        var page = browser.Page;
        await page.GotoAsync("/cooperation/grid");

        await page.SelectOptionAsync("#from", "DE");
        await page.SelectOptionAsync("#region", "coe");
        await page.SelectOptionAsync("#measure", "preservation");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.ClickAsync(".navigator-grid tbody tr:has(th:text-is('Austria')) td a");

        Assert.Contains("/cooperation?from=DE&to=AT&measure=preservation", page.Url, StringComparison.Ordinal);
        Assert.Contains("Available, with limits", await page.Locator("#route-budapest-29-preservation").InnerTextAsync(), StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_printed_answer_keeps_the_routes_and_drops_the_form_and_navigation()
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        await page.GotoAsync("/cooperation?from=HU&to=AT&measure=preservation&date=2026-11-28");

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.Locator(".navigator-form").IsVisibleAsync());
        Assert.False(await page.Locator(".site-header nav").First.IsVisibleAsync());
        Assert.True(await page.Locator("#route-budapest-29-preservation").IsVisibleAsync());
        Assert.True(await page.Locator(".notice").First.IsVisibleAsync());
        browser.AssertNoConsoleErrors();
    }

    /// <summary>Presses Tab until the focus is on <paramref name="selector"/>; fails if it never gets there.</summary>
    private static async Task TabToAsync(IPage page, string selector, int most = 300)
    {
        for (var step = 0; step < most; step++)
        {
            if (await page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) === true", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab did not reach {selector} in {most} presses.");
    }
}
