using System.Security.Claims;
using System.Text.Encodings.Web;
using CseaHub.Tests;
using CseaHub.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CseaHub.IntegrationTests;

/// <summary>
/// The hub in-process with its own data directory and database, the bundled dataset loaded, and a test
/// authentication scheme: a request with the <see cref="RoleHeader"/> header acts as a user in that role.
/// </summary>
public class HubAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string RoleHeader = "X-Test-Role";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cseahub-test-").FullName;
    private readonly TestDatabase.TestDatabase _database;

    public HubAppFactory()
    {
        _database = TestDatabase.TestDatabase.Create(_dataDirectory);
    }

    /// <summary>Settings a derived factory overrides, e.g. to load another dataset.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataDirectory"] = _dataDirectory,
        ["Database:Provider"] = _database.Provider,
        ["ConnectionStrings:Hub"] = _database.ConnectionString,
        ["Dataset:Path"] = RepositoryPaths.Dataset,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public string DataDirectory => _dataDirectory;

    public HttpClient CreateClientAs(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(RoleHeader, role);
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
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings));
        builder.ConfigureTestServices(services => services
            .AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private sealed class TestAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(RoleHeader, out var role) || string.IsNullOrEmpty(role))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "test-user"), new Claim(ClaimTypes.Role, role.ToString())], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
