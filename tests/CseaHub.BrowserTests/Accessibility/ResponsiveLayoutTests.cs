using CseaHub.Tests;
using Microsoft.Playwright;

namespace CseaHub.BrowserTests.Accessibility;

/// <summary>
/// Every page type in English and French at a desktop's width (1280 px) and a phone's (375 px): the phone never scrolls
/// sideways, and a screenshot of each is kept in artifacts/screenshots/ for people to look at.
/// </summary>
public sealed class ResponsiveLayoutTests(BrowserHub hub)
{
    private static readonly (string Name, string Path)[] PageTypes =
    [
        ("home", "/"),
        ("directory", "/organisations?audience=law-enforcement&country=FR"),
        ("profile", "/organisations/council-of-europe"),
        ("instrument", "/instruments/lanzarote-convention"),
        ("country", "/countries/fr"),
        ("monitoring", "/monitoring/lanzarote-convention/1"),
        ("library", "/library"),
        ("document", "/library/lanzarote-opinion-article-23-grooming"),
        ("search", "/search?q=grooming"),
        ("navigator", "/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28"),
        ("glossary", "/glossary"),
        ("about", "/about"),
        ("sign-in", "/account/sign-in"),
        ("admin-edit", "/admin/content/edit?file=organisations/council-of-europe.json"),
        ("not-found", "/no-such-page"),
        ("error", "/error/500"),
    ];

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public static TheoryData<string, string> Pages()
    {
        var pages = new TheoryData<string, string>();
        foreach (var (name, path) in PageTypes)
        {
            pages.Add($"{name}-en", path);
            pages.Add($"{name}-fr", path == "/" ? "/fr" : "/fr" + path);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_type_fits_a_phone_without_horizontal_scrolling(string name, string path)
    {
        Directory.CreateDirectory(Folder);
        var role = path.Contains("/admin/", StringComparison.Ordinal) ? "Editor,Reviewer" : null;
        foreach (var width in (int[])[1280, 375])
        {
            await using var browser = await BrowserPage.OpenAsync(hub, width: width, role: role);
            await browser.Page.GotoAsync(path);
            await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-{width}.png"), FullPage = true });

            var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {width} px: {overflow} px of horizontal overflow, from {await WidestAsync(browser.Page)}");
        }
    }

    /// <summary>The innermost elements that reach past the viewport's right edge, to say what to fix.</summary>
    private static async Task<string> WidestAsync(IPage page) => await page.EvaluateAsync<string>("""
        () => {
          const width = document.documentElement.clientWidth;
          // An element past the edge, or one whose text spills out of its box (a long unbroken word).
          const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 0.5
            || (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === 'visible'));
          return over.filter(e => ![...e.children].some(c => over.includes(c))).slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : ''))
            .join(', ');
        }
        """);
}
