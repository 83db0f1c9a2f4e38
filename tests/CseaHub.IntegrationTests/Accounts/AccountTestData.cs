using CseaHub.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Accounts;

internal static class AccountTestData
{
    public const string Password = "correct horse 42";

    /// <summary>A confirmed account of the test's own, in <paramref name="role"/> if given (no second factor yet).</summary>
    public static async Task<string> AddAccountAsync(this HubAppFactory hub, string? role = null, bool confirmed = true)
    {
        var email = $"{TestData.UniqueKey("user")}@example.org";
        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, EmailConfirmed = confirmed, OrganisationName = "Test unit", CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return email;
    }

    /// <summary>Gives the account an authenticator (as its set-up page would) and returns the key its codes are made from.</summary>
    public static async Task<string> AddAuthenticatorAsync(this HubAppFactory hub, string email)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>A client with its own cookies that does not follow redirects, as the tests need to see them.</summary>
    public static AccountClient CreateAccountClient(this HubAppFactory hub) =>
        new(hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
}
