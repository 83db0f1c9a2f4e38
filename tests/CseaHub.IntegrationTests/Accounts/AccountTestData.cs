using CseaHub.Tests;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CseaHub.IntegrationTests.Accounts;

internal static class AccountTestData
{
    public const string Password = TestAccounts.Password;

    /// <summary>A confirmed account of the test's own, in <paramref name="role"/> if given (no second factor yet).</summary>
    public static async Task<string> AddAccountAsync(this HubAppFactory hub, string? role = null, bool confirmed = true)
    {
        var email = $"{TestData.UniqueKey("user")}@example.org";
        await TestAccounts.AddAsync(hub.Services, email, role, confirmed);
        return email;
    }

    /// <summary>Gives the account an authenticator (as its set-up page would) and returns the key its codes are made from.</summary>
    public static Task<string> AddAuthenticatorAsync(this HubAppFactory hub, string email) => TestAccounts.AddAuthenticatorAsync(hub.Services, email);

    /// <summary>A client with its own cookies that does not follow redirects, as the tests need to see them.</summary>
    public static AccountClient CreateAccountClient(this HubAppFactory hub) =>
        new(hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
}
