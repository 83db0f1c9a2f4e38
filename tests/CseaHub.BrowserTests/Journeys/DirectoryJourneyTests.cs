namespace CseaHub.BrowserTests.Journeys;

public sealed class DirectoryJourneyTests(BrowserHub hub)
{
    [Fact]
    public async Task Without_JavaScript_a_reader_filters_the_directory_and_opens_a_profile()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, javaScript: false);
        var page = browser.Page;

        await page.GotoAsync("/organisations");
        await page.SelectOptionAsync("#audience", "law-enforcement");
        await page.SelectOptionAsync("#country", "NL");
        await page.ClickAsync("form.filters button[type=submit]");

        Assert.Contains("audience=law-enforcement", page.Url, StringComparison.Ordinal);
        Assert.Contains("country=NL", page.Url, StringComparison.Ordinal);
        await page.ClickAsync(".card h3 a >> text=European Union Agency for Law Enforcement Cooperation");
        Assert.EndsWith("/organisations/europol", page.Url, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Keyboard_users_skip_to_the_content_and_reach_the_bodies_of_an_organisation()
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        await page.GotoAsync("/organisations/council-of-europe");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        // Tab through the page as a keyboard user would, until the body's link has the focus.
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')") == "/organisations/lanzarote-committee")
            {
                break;
            }
        }

        Assert.Equal("/organisations/lanzarote-committee", await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')"));
        var navigated = page.WaitForURLAsync(url => url.EndsWith("/organisations/lanzarote-committee", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_language_switch_keeps_the_reader_on_the_same_page()
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        await page.GotoAsync("/organisations/c-proc");

        await page.ClickAsync("a[hreflang=fr]");

        Assert.EndsWith("/fr/organisations/c-proc", page.Url, StringComparison.Ordinal);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_printed_profile_keeps_the_description_and_contact_details_and_drops_the_navigation()
    {
        await using var browser = await BrowserPage.OpenAsync(hub);
        var page = browser.Page;
        await page.GotoAsync("/organisations/council-of-europe");

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.Locator(".site-header nav").First.IsVisibleAsync());
        Assert.False(await page.Locator(".breadcrumbs").IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.True(await page.Locator(".profile-header h1").IsVisibleAsync());
        Assert.True(await page.Locator(".profile-main").IsVisibleAsync());
        Assert.True(await page.Locator(".profile-facts address").First.IsVisibleAsync());
        browser.AssertNoConsoleErrors();
    }
}
