using CseaHub.Tests;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.Playwright;

namespace CseaHub.BrowserTests.Journeys;

public sealed class EditorialJourneyTests(BrowserHub hub)
{
    [Fact]
    public async Task Without_JavaScript_an_editor_signs_in_with_a_code_writes_a_profile_a_reviewer_publishes_it_and_readers_find_it()
    {
        var slug = "journey-unit-" + Guid.NewGuid().ToString("N")[..8];
        var (_, editorEmail, editorKey) = await hub.AddAccountAsync("journey-editor", HubRoles.Editor, authenticator: true);
        var (_, reviewerEmail, reviewerKey) = await hub.AddAccountAsync("journey-reviewer", HubRoles.Reviewer, authenticator: true);
        await using (var editor = await BrowserPage.OpenAsync(hub, javaScript: false))
        {
            var page = editor.Page;
            await SignInAsync(page, editorEmail, editorKey!);
            await page.GotoAsync("/admin/content/list?kind=organisation");
            await page.ClickAsync("main a >> text=New Organisations");
            await page.FillAsync("[id='slug']", slug);
            await page.FillAsync("[id='name.en']", "Journey cybercrime unit");
            await page.FillAsync("[id='type']", "ngo");
            await page.SelectOptionAsync("[id='visibility']", "public");
            await page.FillAsync("[id='summary.en']", "A unit written in the back office.");
            await page.FillAsync("[id='description.en']", "It trains **investigators**.");
            await page.FillAsync("[id='audiences']", "law-enforcement");
            await page.FillAsync("[id='reviewedOn']", "2026-11-01");
            await page.FillAsync("[id='sources[0].id']", "unit-page");
            await page.FillAsync("[id='sources[0].title']", "The unit's page");
            await page.FillAsync("[id='sources[0].publisher']", "Example publisher");
            await page.FillAsync("[id='sources[0].url']", "https://example.org/unit");
            await page.ClickAsync("form.record-form button[type=submit]");

            Assert.Contains("Draft saved.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            await page.ClickAsync("button >> text=Send for review");
            Assert.Contains("sent for review", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            editor.AssertNoConsoleErrors();
        }

        await using (var reviewer = await BrowserPage.OpenAsync(hub, javaScript: false))
        {
            var page = reviewer.Page;
            await SignInAsync(page, reviewerEmail, reviewerKey!);
            await page.GotoAsync("/admin/content");
            await page.ClickAsync($"main a >> text=organisations/{slug}.json");
            await page.ClickAsync("button >> text=Publish");
            Assert.Contains("the change is live", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            reviewer.AssertNoConsoleErrors();
        }

        await using var reader = await BrowserPage.OpenAsync(hub, javaScript: false);
        await reader.Page.GotoAsync($"/organisations/{slug}");
        Assert.Equal("Journey cybercrime unit", (await reader.Page.InnerTextAsync("h1")).Trim());
        Assert.Equal("investigators", (await reader.Page.InnerTextAsync(".prose strong")).Trim());
        reader.AssertNoConsoleErrors();
    }

    /// <summary>Signs in through the pages, password then the authenticator's code, and lands back on the site.</summary>
    private static async Task SignInAsync(IPage page, string email, string key)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", TestAccounts.Password);
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("/account/sign-in/code", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#code", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("main form button[type=submit]");
        Assert.DoesNotContain("/account/sign-in", page.Url, StringComparison.Ordinal);
    }
}
