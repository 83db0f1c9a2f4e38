using CseaHub.Tests;
using CseaHub.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CseaHub.IntegrationTests;

/// <summary>
/// The hub in-process with its own data directory and database, the bundled dataset loaded, and the test
/// authentication scheme (<see cref="CreateClientAs"/> reads the hub as a user in a role).
/// </summary>
public sealed class HubAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cseahub-test-").FullName;
    private readonly TestDatabase.TestDatabase _database;

    private readonly IReadOnlyDictionary<string, string?> _overrides;

    private readonly Action<IServiceCollection> _services;

    public HubAppFactory()
        : this(new Dictionary<string, string?>(), _ => { })
    {
    }

    private HubAppFactory(IReadOnlyDictionary<string, string?> overrides, Action<IServiceCollection> services)
    {
        _overrides = overrides;
        _services = services;
        _database = TestDatabase.TestDatabase.Create(_dataDirectory);
    }

    /// <summary>A hub of a test's own: the bundled dataset, and nothing another test writes.</summary>
    public static HubAppFactory Own() => WithSettings(new Dictionary<string, string?>());

    /// <summary>A hub of a test's own, with settings of its own (a small rate limit, say).</summary>
    public static HubAppFactory WithSettings(IReadOnlyDictionary<string, string?> overrides) => new(overrides, _ => { });

    /// <summary>What stops a hub with <paramref name="setting"/> at <paramref name="value"/> from starting (null if it starts).</summary>
    public static async Task<Exception?> StartFailureWithAsync(string setting, string value)
    {
        await using var misconfigured = WithSettings(new Dictionary<string, string?> { [setting] = value });
        return Record.Exception(() => misconfigured.Server);
    }

    /// <summary>A hub of a test's own, with services added or replaced (a database interceptor, say).</summary>
    public static HubAppFactory WithServices(Action<IServiceCollection> services) => new(new Dictionary<string, string?>(), services);

    private Dictionary<string, string?> Settings => new()
    {
        ["DataDirectory"] = _dataDirectory,
        ["Database:Provider"] = _database.Provider,
        ["ConnectionStrings:Hub"] = _database.ConnectionString,
        ["Dataset:Path"] = RepositoryPaths.Dataset,
        ["Logging:LogLevel:Default"] = "Warning",

        // Tests from the shared test address search far more than a person would; the limit's own test runs on a hub of its own.
        ["RateLimits:SearchPerMinute"] = "0",

        // E-mail links start here whatever Host a request names (see RegistrationTests).
        ["Hub:PublicBaseUrl"] = PublicBaseUrl,

        // A reverse proxy the tests pretend to be (see ReverseProxyTests); the test addresses never reach it.
        ["ForwardedHeaders:KnownProxies:0"] = ProxyAddress,

        // Every request rechecks the session, so "sign out everywhere" shows at once.
        ["Accounts:SessionCheckSeconds"] = "0",
    };

    public const string ProxyAddress = "10.255.255.254";

    public const string PublicBaseUrl = "https://hub.example.org";

    public string DataDirectory => _dataDirectory;

    /// <summary>What the hub logged at Error or above since it started.</summary>
    public LoggedErrors Errors { get; } = new();

    /// <summary>The database's provider and connection string, for hub processes that share it (the cluster tests).</summary>
    public string DatabaseProvider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    /// <param name="role">The role, or several separated by commas.</param>
    /// <param name="user">The user's name and id, to tell two users in the same role apart.</param>
    public HttpClient CreateClientAs(string role, string? user = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, role);
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, user);
        }

        return client;
    }

    public async Task WithDatabaseAsync(Func<HubDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public async Task<T> WithDatabaseAsync<T>(Func<HubDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings).AddInMemoryCollection(_overrides));
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureTestServices(services =>
        {
            TestAuthentication.AddTo(services);
            TestRemoteAddress.AddTo(services);
            _services(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
