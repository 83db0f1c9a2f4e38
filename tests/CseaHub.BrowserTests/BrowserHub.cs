using System.Net;
using CseaHub.Tests;
using CseaHub.Web.Domain.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CseaHub.BrowserTests;

/// <summary>
/// The hub on real Kestrel (loopback, free port) with its bundled dataset on SQLite, and Debian's Chromium driven by
/// Playwright. Playwright never downloads a browser here: it launches /usr/bin/chromium (or CSEAHUB_CHROMIUM).
/// </summary>
public sealed class BrowserHub : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cseahub-browser-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        var chromium = Environment.GetEnvironmentVariable("CSEAHUB_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            // Never skipped: a missing browser fails every browser test with what to do about it.
            throw new InvalidOperationException(
                $"No Chromium at {chromium}. The browser tests drive Debian's Chromium: install it with 'apt-get install chromium' " +
                "(as root; ./test.sh does so when it runs as root), or point CSEAHUB_CHROMIUM at a Chromium executable.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataDirectory"] = _dataDirectory,
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Hub"] = $"Data Source={Path.Combine(_dataDirectory, "hub.db")}",
            ["Dataset:Path"] = RepositoryPaths.Dataset,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureTestServices(TestAuthentication.AddTo);
    }

    /// <summary>
    /// A confirmed account with <see cref="TestAccounts.Password"/>, in <paramref name="role"/> if given, and with an
    /// authenticator set up if asked (its key returned, to compute codes).
    /// </summary>
    public async Task<(string Id, string Email, string? AuthenticatorKey)> AddAccountAsync(string name, string? role = null, bool authenticator = false)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var user = await TestAccounts.AddAsync(Services, email, role);
        return (user.Id, email, authenticator ? await TestAccounts.AddAuthenticatorAsync(Services, email) : null);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
