using CseaHub.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.Tests;

/// <summary>Accounts of a test's own, as registration and the set-up pages would leave them (integration and browser tests).</summary>
public static class TestAccounts
{
    public const string Password = "correct horse 42";

    /// <summary>An account with <see cref="Password"/>, confirmed unless said otherwise, in <paramref name="role"/> if given.</summary>
    public static async Task<HubUser> AddAsync(IServiceProvider services, string email, string? role = null, bool confirmed = true)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, EmailConfirmed = confirmed, OrganisationName = "Test unit", CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    /// <summary>Gives the account an authenticator, as its set-up page would; returns the key its codes are made from.</summary>
    public static async Task<string> AddAuthenticatorAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }
}
