using System.Net;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Accounts;

/// <summary>A forgotten password and a lost authenticator: recovered by e-mail or by an administrator, never by guessing.</summary>
public sealed class PasswordResetTests(HubAppFactory hub)
{
    private const string NewPassword = "a brand new passphrase 7";

    [Fact]
    public async Task A_forgotten_password_is_replaced_through_the_mailed_link_once_and_other_sessions_end()
    {
        var email = await hub.AddAccountAsync();
        var elsewhere = hub.CreateAccountClient();
        await elsewhere.SignInAsync(email, AccountTestData.Password);
        var client = hub.CreateAccountClient();

        var asked = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["email"] = email });
        var link = new Uri(AccountClient.FirstLink(AccountClient.LastMailTo(hub.DataDirectory, email))).PathAndQuery;
        var reset = await client.PostFormAsync(link, new Dictionary<string, string> { ["password"] = NewPassword, ["confirmpassword"] = NewPassword });
        var again = await client.PostFormAsync(link, new Dictionary<string, string> { ["password"] = NewPassword + "x", ["confirmpassword"] = NewPassword + "x" });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("/account/reset-password?", link, StringComparison.Ordinal);
        Assert.Contains("password is changed", (await reset.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hub.CreateAccountClient().SignInAsync(email, AccountTestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hub.CreateAccountClient().SignInAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.Http.GetAsync("/account")).StatusCode);
        var events = await hub.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.Subject == email).Select(e => e.Kind).ToListAsync());
        Assert.Contains(AuditEventKind.PasswordResetRequested, events);
        Assert.Contains(AuditEventKind.PasswordReset, events);
    }

    [Fact]
    public async Task Asking_for_an_address_without_an_account_answers_the_same_and_sends_nothing()
    {
        var email = $"{TestData.UniqueKey("nobody")}@example.org";
        var known = await hub.AddAccountAsync();

        var unknownAnswer = await hub.CreateAccountClient().PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["email"] = email });
        var knownAnswer = await hub.CreateAccountClient().PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["email"] = known });

        Assert.Equal(
            (await knownAnswer.ReadDocumentAsync()).QuerySelector("main")!.TextContent,
            (await unknownAnswer.ReadDocumentAsync()).QuerySelector("main")!.TextContent);
        Assert.False(Directory.Exists(Path.Combine(hub.DataDirectory, "mail"))
            && Directory.EnumerateFiles(Path.Combine(hub.DataDirectory, "mail"), "*.eml").Any(f => File.ReadAllText(f).Contains(email, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_weak_new_password_or_a_made_up_link_is_refused()
    {
        var email = await hub.AddAccountAsync();
        var client = hub.CreateAccountClient();
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["email"] = email });
        var link = new Uri(AccountClient.FirstLink(AccountClient.LastMailTo(hub.DataDirectory, email))).PathAndQuery;
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var weak = await client.PostFormAsync(link, new Dictionary<string, string> { ["password"] = "short", ["confirmpassword"] = "short" });
        var madeUp = await client.PostFormAsync($"/account/reset-password?user={id}&code=bm90LWEtdG9rZW4", new Dictionary<string, string> { ["password"] = NewPassword, ["confirmpassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotNull((await weak.ReadDocumentAsync()).QuerySelector(".error-summary a[href='#password']"));
        Assert.Equal(HttpStatusCode.BadRequest, madeUp.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hub.CreateAccountClient().SignInAsync(email, AccountTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_resets_a_lost_second_factor_and_the_person_enrols_again()
    {
        var email = await hub.AddAccountAsync(HubRoles.Editor);
        await hub.WithDatabaseAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.Email == email);
            account.TwoFactorEnabled = true;
            await db.SaveChangesAsync();
        });
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var reset = await new AccountClient(hub.CreateClientAs(HubRoles.Administrator, "admin-2fa"))
            .PostFormAsync("/admin/users", new Dictionary<string, string>(), action: $"handler=ResetTwoFactor&id={id}");
        var signedIn = await hub.CreateAccountClient().SignInAsync(email, AccountTestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal("/account/two-factor", AccountClient.Location(signedIn));
        Assert.True(await hub.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Subject == email && e.Kind == AuditEventKind.TwoFactorReset && e.Actor == "admin-2fa")));
    }
}
