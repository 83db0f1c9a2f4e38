using CseaHub.Tests;
using Microsoft.Playwright;

namespace CseaHub.BrowserTests;

/// <summary>A fresh page that records console errors, and keeps a screenshot when a test fails.</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                // "Failed to load resource" does not say which: the address it came from does.
                ConsoleErrors.Add(message.Location is { Length: > 0 } at ? $"{message.Text} ({at})" : message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Fails with every console error in full (xUnit would cut a collection's items short).</summary>
    public void AssertNoConsoleErrors() => Assert.True(ConsoleErrors.Count == 0, "Console errors:\n" + string.Join('\n', ConsoleErrors));

    /// <summary>
    /// A page in a fresh browser context; with a <paramref name="role"/>, the hub sees a signed-in user in that role
    /// (named <paramref name="user"/> when two users must be told apart).
    /// </summary>
    public static async Task<BrowserPage> OpenAsync(BrowserHub hub, int width = 1280, bool javaScript = true, string? role = null, string? user = null)
    {
        var headers = new Dictionary<string, string>();
        if (role is not null)
        {
            headers[TestAuthentication.RoleHeader] = role;
        }

        if (user is not null)
        {
            headers[TestAuthentication.UserHeader] = user;
        }

        var context = await hub.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = hub.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            ExtraHTTPHeaders = headers,
        });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(folder);
            var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Where(char.IsLetterOrDigit));
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }

        await _context.DisposeAsync();
    }
}
