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
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_21_AA_violations_and_no_console_errors(string path) =>
        await AssertAccessibleAsync(path, role: null);

    [Theory]
    [InlineData("/organisations/cybercrime-convention-committee")]
    [InlineData("/fr/organisations/cybercrime-convention-committee")]
    public async Task Professionals_only_content_is_accessible_too(string path) =>
        await AssertAccessibleAsync(path, role: "Professional");

    private async Task AssertAccessibleAsync(string path, string? role)
    {
        await using var browser = await BrowserPage.OpenAsync(hub, role: role);

        await browser.Page.GotoAsync(path);
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
    public async Task Page_works_at_320_pixels_without_horizontal_scrolling(string path)
    {
        await using var browser = await BrowserPage.OpenAsync(hub, width: 320);

        await browser.Page.GotoAsync(path);
        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{overflow}px of horizontal overflow");
    }
}
