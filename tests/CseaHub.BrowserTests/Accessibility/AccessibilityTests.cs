using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CseaHub.BrowserTests.Accessibility;

/// <summary>Every page type, in English and French, passes axe-core's WCAG 2.1 A and AA rules with no console error.</summary>
public sealed class AccessibilityTests(BrowserHub hub)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/organisations", "/organisations?audience=law-enforcement&country=FR", "/organisations?page=2",
        "/organisations/council-of-europe", "/organisations/cybercrime-convention-committee", "/about",
        "/organisations?audience=astronauts", "/no-such-page",
        "/instruments", "/instruments/budapest-convention", "/instruments/budapest-second-protocol", "/countries", "/countries/fr",
        "/fr", "/fr/organisations", "/fr/organisations/council-of-europe", "/fr/about", "/fr/no-such-page",
        "/fr/instruments/lanzarote-convention", "/fr/countries/jp",
        "/library", "/library?kind=guidance-note&year=2017", "/library?kind=memo", "/library/lanzarote-opinion-article-23-grooming",
        "/library/lanzarote-implementation-report-circle-of-trust-strategies", "/monitoring", "/monitoring/lanzarote-convention/1",
        "/monitoring/lanzarote-convention/1?country=FR&area=prevention", "/monitoring/lanzarote-convention/2?area=nowhere",
        "/countries/hu", "/fr/library", "/fr/library/lanzarote-interpretative-opinion-ict-facilitated-offences", "/fr/monitoring",
        "/fr/monitoring/lanzarote-convention/2", "/search", "/search?q=grooming", "/search?q=zzzzqqq&country=FR", "/search?q=x&type=spaceship",
        "/fr/search?q=p%C3%A9dopornographie", "/glossary", "/fr/glossary",
        "/cooperation", "/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28",
        "/cooperation?from=FR&to=FR&measure=nothing", "/cooperation/grid?from=FR&region=eu&date=2026-11-28",
        "/fr/cooperation?from=HU&to=AT&measure=preservation&emergency=true", "/fr/cooperation/grid?from=DE&region=coe&measure=preservation",
        "/account/sign-in", "/fr/account/sign-in", "/account/register", "/fr/account/register", "/account/confirm-email?user=x&code=y",
        "/suggest", "/fr/suggest?about=%2Ffr%2Forganisations%2Feuropol",
        "/account/forgot-password", "/fr/account/forgot-password", "/account/reset-password?user=x&code=eQ",
        "/fr/instruments", "/fr/countries", "/fr/organisations?audience=law-enforcement&country=FR", "/fr/library?kind=guidance-note",
        "/account/access-denied", "/fr/account/access-denied", "/error/500", "/fr/error/500", "/account/sign-in/code",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_21_AA_violations_and_no_console_errors(string path) =>
        await AssertAccessibleAsync(path, role: null);

    [Theory]
    [InlineData("/organisations/cybercrime-convention-committee")]
    [InlineData("/fr/organisations/cybercrime-convention-committee")]
    [InlineData("/countries/hu")]
    public async Task Professionals_only_content_is_accessible_too(string path) =>
        await AssertAccessibleAsync(path, role: "Professional");

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    [InlineData("/fr/admin/users")]
    [InlineData("/admin/suggestions")]
    [InlineData("/admin/exchange")]
    [InlineData("/fr/admin/exchange")]
    [InlineData("/fr/admin")]
    [InlineData("/fr/admin/audit")]
    [InlineData("/fr/admin/suggestions")]
    public async Task The_back_office_is_accessible(string path) =>
        await AssertAccessibleAsync(path, role: "Administrator");

    [Theory]
    [InlineData("/admin/content")]
    [InlineData("/admin/content/list?kind=organisation")]
    [InlineData("/admin/content/edit?file=organisations/council-of-europe.json")]
    [InlineData("/fr/admin/content/edit?file=organisations/council-of-europe.json")]
    [InlineData("/admin/content/edit?file=instruments/lanzarote-convention.json")]
    [InlineData("/admin/content/edit?kind=document")]
    [InlineData("/admin/content/edit?file=taxonomies/topics.json")]
    [InlineData("/admin/content/history?file=organisations/council-of-europe.json")]
    [InlineData("/fr/admin/content")]
    [InlineData("/fr/admin/content/list?kind=organisation")]
    [InlineData("/fr/admin/content/history?file=organisations/council-of-europe.json")]
    public async Task The_content_desk_is_accessible(string path) =>
        await AssertAccessibleAsync(path, role: "Editor,Reviewer");

    [Theory]
    [InlineData("/admin/content/edit?kind=round")]
    [InlineData("/fr/admin/content/edit?kind=round")]
    public async Task The_edit_form_showing_its_errors_is_accessible(string path)
    {
        await using var browser = await BrowserPage.OpenAsync(hub, role: "Editor");
        await browser.Page.GotoAsync(path);
        // Sent empty: every required field earns its error.
        await browser.Page.ClickAsync("form.record-form button[type=submit]");
        await browser.Page.Locator(".error-summary").WaitForAsync();

        await AssertNoViolationsAsync(browser);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/fr/account")]
    [InlineData("/account/two-factor")]
    [InlineData("/fr/account/two-factor")]
    public async Task A_signed_in_accounts_pages_are_accessible(string path)
    {
        await using var browser = await BrowserPage.OpenAsync(hub, role: "Editor", user: (await hub.AddAccountAsync("account")).Id);
        await browser.Page.GotoAsync(path);
        await AssertNoViolationsAsync(browser);
    }

    [Fact]
    public async Task The_api_token_page_is_accessible_with_a_new_token_shown()
    {
        await using var browser = await BrowserPage.OpenAsync(hub, role: "Editor", user: (await hub.AddAccountAsync("tokens")).Id);

        await browser.Page.GotoAsync("/admin/api-tokens");
        await browser.Page.FillAsync("#name", "partner sync");
        await browser.Page.ClickAsync("form[action*='handler=Create'] button");
        await browser.Page.Locator("#new-token").WaitForAsync();

        await AssertNoViolationsAsync(browser);
    }

    private async Task AssertAccessibleAsync(string path, string? role)
    {
        await using var browser = await BrowserPage.OpenAsync(hub, role: role);
        await browser.Page.GotoAsync(path);
        await AssertNoViolationsAsync(browser);
    }

    private static async Task AssertNoViolationsAsync(BrowserPage browser)
    {
        var result = await browser.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}");
        Assert.Empty(violations);
        // Error pages answer 400/404 on purpose; Chromium reports that status as a console error.
        Assert.DoesNotContain(browser.ConsoleErrors, e => !e.Contains("the server responded with a status of 4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/organisations/council-of-europe")]
    [InlineData("/organisations")]
    [InlineData("/instruments/budapest-convention")]
    [InlineData("/countries/fr")]
    [InlineData("/countries/jp")]
    [InlineData("/library")]
    [InlineData("/monitoring/lanzarote-convention/1")]
    [InlineData("/search?q=grooming")]
    [InlineData("/glossary")]
    [InlineData("/cooperation?from=FR&to=JP&measure=stored-content")]
    [InlineData("/cooperation/grid?from=FR&region=eu")]
    public async Task Page_works_at_320_pixels_without_horizontal_scrolling(string path)
    {
        await using var browser = await BrowserPage.OpenAsync(hub, width: 320);

        await browser.Page.GotoAsync(path);
        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{overflow}px of horizontal overflow");
    }
}
