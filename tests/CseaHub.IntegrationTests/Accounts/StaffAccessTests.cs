using System.Net;
using CseaHub.Tests;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Accounts;

public sealed class StaffAccessTests(HubAppFactory hub)
{
    public static TheoryData<string?, string, HttpStatusCode> Matrix => new()
    {
        { null, "/admin", HttpStatusCode.Redirect },
        { null, "/admin/users", HttpStatusCode.Redirect },
        { null, "/admin/audit", HttpStatusCode.Redirect },
        { HubRoles.Professional, "/admin", HttpStatusCode.Redirect },
        { HubRoles.Editor, "/admin", HttpStatusCode.OK },
        { HubRoles.Editor, "/admin/users", HttpStatusCode.Redirect },
        { HubRoles.Reviewer, "/admin/audit", HttpStatusCode.Redirect },
        { HubRoles.Administrator, "/admin/users", HttpStatusCode.OK },
        { HubRoles.Administrator, "/admin/audit", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task The_back_office_opens_only_to_the_roles_it_is_for(string? role, string path, HttpStatusCode expected)
    {
        var client = role is null ? hub.CreateAccountClient().Http : hub.CreateClientAs(role);

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            var target = AccountClient.Location(response);
            Assert.Contains(role is null ? "/account/sign-in" : "/account/access-denied", target, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(HubRoles.Professional)]
    [InlineData(HubRoles.Editor)]
    public async Task Only_administrators_can_post_a_vetting_decision(string role)
    {
        var email = await hub.AddAccountAsync();
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        // Authorization comes before the form is even read: no token is needed to be turned away.
        var response = await hub.CreateClientAs(role).PostAsync($"/admin/users?handler=Approve&id={id}", new FormUrlEncodedContent([]));

        Assert.Contains("/account/access-denied", AccountClient.Location(response), StringComparison.Ordinal);
        Assert.Equal(VettingStatus.Pending, await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Vetting).SingleAsync()));
    }

    [Theory]
    [InlineData("/admin/users?handler=Approve")]
    [InlineData("/admin/users?handler=Refuse&id=%00")]
    [InlineData("/admin/users?handler=Role&id=nobody&role=Editor&grant=true")]
    public async Task A_decision_about_no_account_is_not_found(string url)
    {
        // The accounts page has forms (and so an anti-forgery token) only beside accounts: on a hub where this test runs
        // before any other made one, it had none.
        await hub.AddAccountAsync();
        var administrator = new AccountClient(hub.CreateClientAs(HubRoles.Administrator));

        var missing = await administrator.Http.PostAsync(url, new FormUrlEncodedContent(await TokenAsync(administrator)));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_audit_log_refuses_a_filter_that_cannot_be_an_address()
    {
        var response = await hub.CreateClientAs(HubRoles.Administrator).GetAsync("/admin/audit?subject=%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_editor_without_a_second_factor_is_sent_to_set_one_up_and_kept_out_until_then()
    {
        var email = await hub.AddAccountAsync(HubRoles.Editor);
        var client = hub.CreateAccountClient();

        var signedIn = await client.SignInAsync(email, AccountTestData.Password);
        var backOffice = await client.Http.GetAsync("/admin");
        var denied = await client.GetDocumentAsync(AccountClient.Location(backOffice));
        var (key, _) = await SetUpAsync(client, email);
        var afterSetUp = await client.Http.GetAsync("/admin");

        Assert.Equal("/account/two-factor", AccountClient.Location(signedIn));
        Assert.Contains("second factor", denied.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterSetUp.StatusCode);
        Assert.NotEmpty(key);
    }

    [Fact]
    public async Task Once_set_up_signing_in_asks_for_the_code_and_a_wrong_one_is_refused()
    {
        var email = await hub.AddAccountAsync(HubRoles.Reviewer);
        var setUp = hub.CreateAccountClient();
        await setUp.SignInAsync(email, AccountTestData.Password);
        var (key, _) = await SetUpAsync(setUp, email);
        var client = hub.CreateAccountClient();

        var password = await client.SignInAsync(email, AccountTestData.Password);
        var wrong = await client.PostFormAsync("/account/sign-in/code", new Dictionary<string, string> { ["code"] = "000000" });
        var right = await client.PostFormAsync("/account/sign-in/code", new Dictionary<string, string> { ["code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var backOffice = await client.Http.GetAsync("/admin");

        Assert.StartsWith("/account/sign-in/code", AccountClient.Location(password), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("/", AccountClient.Location(right));
        Assert.Equal(HttpStatusCode.OK, backOffice.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await hub.AddAccountAsync(HubRoles.Editor);
        var setUp = hub.CreateAccountClient();
        await setUp.SignInAsync(email, AccountTestData.Password);
        var (_, recovery) = await SetUpAsync(setUp, email);

        var first = hub.CreateAccountClient();
        await first.SignInAsync(email, AccountTestData.Password);
        var used = await first.PostFormAsync("/account/sign-in/code", new Dictionary<string, string> { ["code"] = recovery[0] });
        var second = hub.CreateAccountClient();
        await second.SignInAsync(email, AccountTestData.Password);
        var reused = await second.PostFormAsync("/account/sign-in/code", new Dictionary<string, string> { ["code"] = recovery[0] });
        var third = hub.CreateAccountClient();
        await third.SignInAsync(email, AccountTestData.Password);
        var typedLoosely = await third.PostFormAsync(
            "/account/sign-in/code", new Dictionary<string, string> { ["code"] = " " + recovery[1].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() });

        Assert.Equal(10, recovery.Count);
        Assert.Equal("/", AccountClient.Location(used));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("/", AccountClient.Location(typedLoosely));
    }

    [Fact]
    public async Task A_password_alone_cannot_enrol_an_authenticator_the_mailed_code_is_needed()
    {
        var email = await hub.AddAccountAsync(HubRoles.Editor);
        var thief = hub.CreateAccountClient();
        await thief.SignInAsync(email, AccountTestData.Password);
        var key = (await thief.GetDocumentAsync("/account/two-factor")).QuerySelector(".shared-key")!.TextContent;

        var withoutMail = await thief.PostFormAsync(
            "/account/two-factor", new Dictionary<string, string> { ["mailCode"] = "123456", ["code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, action: "handler=Enable");

        Assert.Equal(HttpStatusCode.BadRequest, withoutMail.StatusCode);
        Assert.NotNull((await withoutMail.ReadDocumentAsync()).QuerySelector(".error-summary a[href='#mailCode']"));
        Assert.False(await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await thief.Http.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Staff_cannot_turn_their_second_factor_off()
    {
        var email = await hub.AddAccountAsync(HubRoles.Administrator);
        var client = hub.CreateAccountClient();
        await client.SignInAsync(email, AccountTestData.Password);
        await SetUpAsync(client, email);

        var page = await client.GetDocumentAsync("/account/two-factor");

        Assert.Null(page.GetElementById("disable"));
    }

    private static async Task<Dictionary<string, string>> TokenAsync(AccountClient client)
    {
        var page = await client.GetDocumentAsync("/admin/users");
        return new() { ["__RequestVerificationToken"] = page.QuerySelector("main input[name='__RequestVerificationToken']")!.GetAttribute("value")! };
    }

    /// <summary>
    /// Sets up the authenticator app as a person would (with the code e-mailed to <paramref name="email"/>); returns its
    /// key and the recovery codes shown once.
    /// </summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(AccountClient client, string email)
    {
        var page = await client.GetDocumentAsync("/account/two-factor");
        var key = page.QuerySelector(".shared-key")!.TextContent;
        await client.PostFormAsync("/account/two-factor", new Dictionary<string, string>(), action: "handler=SendCode");
        var enabled = await client.PostFormAsync(
            "/account/two-factor",
            new Dictionary<string, string> { ["mailCode"] = AccountClient.MailedCode(hub.DataDirectory, email), ["code"] = Totp.Code(key, DateTimeOffset.UtcNow) },
            action: "handler=Enable");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var recovery = (await enabled.ReadDocumentAsync()).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        return (key, recovery);
    }
}
