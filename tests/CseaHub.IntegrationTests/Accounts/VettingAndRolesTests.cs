using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Accounts;

/// <summary>Vetting and roles agree: every role opens professionals-only content, so only an approved account holds one.</summary>
public sealed class VettingAndRolesTests(HubAppFactory hub)
{
    private readonly AccountClient _administrator = new(hub.CreateClientAs(HubRoles.Administrator, "admin-vetting"));

    [Fact]
    public async Task A_role_is_given_to_an_approved_account_only()
    {
        var email = await hub.AddAccountAsync();
        var id = await IdOfAsync(email);
        Assert.Empty((await _administrator.GetDocumentAsync("/admin/users")).QuerySelectorAll($"[id='account-{id}'] form[action*='handler=Role']"));

        await _administrator.PostFormAsync("/admin/users", new Dictionary<string, string>(), action: $"handler=Approve&id={id}");

        Assert.Equal([HubRoles.Professional], await RolesOfAsync(email));
        Assert.NotEmpty((await _administrator.GetDocumentAsync("/admin/users")).QuerySelectorAll($"[id='account-{id}'] form[action*='handler=Role']"));
        await GrantAsync(id, HubRoles.Editor);
        Assert.Equal([HubRoles.Editor, HubRoles.Professional], (await RolesOfAsync(email)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_role_posted_for_an_account_not_yet_approved_is_refused()
    {
        var email = await hub.AddAccountAsync();
        var id = await IdOfAsync(email);

        var response = await GrantAsync(id, HubRoles.Editor);

        Assert.Contains("before giving a role", (await _administrator.GetDocumentAsync(AccountClient.Location(response))).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await RolesOfAsync(email));
    }

    [Fact]
    public async Task Refusing_an_account_takes_every_role_away_staff_roles_too()
    {
        var email = await hub.AddAccountAsync(HubRoles.Editor);
        var id = await IdOfAsync(email);

        await _administrator.PostFormAsync("/admin/users", new Dictionary<string, string>(), action: $"handler=Refuse&id={id}");

        Assert.Empty(await RolesOfAsync(email));
        Assert.Equal(VettingStatus.Refused, await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Vetting).SingleAsync()));
    }

    /// <summary>Posts the role form for the account; the form is there once the account is approved, so this posts it directly.</summary>
    private async Task<HttpResponseMessage> GrantAsync(string id, string role)
    {
        var page = await _administrator.GetDocumentAsync("/admin/users");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await _administrator.Http.PostAsync(
            $"/admin/users?handler=Role&id={Uri.EscapeDataString(id)}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["role"] = role, ["grant"] = "true" }));
    }

    private async Task<string> IdOfAsync(string email) =>
        await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
