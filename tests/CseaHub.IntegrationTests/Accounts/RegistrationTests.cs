using System.Net;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Accounts;

public sealed class RegistrationTests(HubAppFactory hub)
{
    private static Dictionary<string, string> Form(string email, string organisation = "Police unit", string password = AccountTestData.Password) => new()
    {
        ["email"] = email,
        ["organisation"] = organisation,
        ["password"] = password,
        ["confirmpassword"] = password,
    };

    [Fact]
    public async Task A_professional_registers_confirms_and_sees_restricted_content_only_once_an_administrator_approves()
    {
        var restricted = await hub.AddOrganisationAsync("Operational desk marker-vetting", visibility: Visibility.Professionals);
        var email = $"{TestData.UniqueKey("pro")}@police.example";
        var professional = hub.CreateAccountClient();

        var registered = await professional.PostFormAsync("/account/register", Form(email));
        var tooEarly = await professional.SignInAsync(email, AccountTestData.Password);
        var link = new Uri(AccountClient.FirstLink(AccountClient.LastMailTo(hub.DataDirectory, email))).PathAndQuery;
        // Opening the link (as a mail scanner would) confirms nothing; the button on the page does.
        await professional.Http.GetAsync(link);
        var confirmedByOpening = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync());
        var confirmed = await (await professional.PostFormAsync(link, new Dictionary<string, string>())).ReadDocumentAsync();
        await professional.SignInAsync(email, AccountTestData.Password);
        var beforeApproval = await professional.Http.GetAsync($"/organisations/{restricted}");

        var administrator = new AccountClient(hub.CreateClientAs(HubRoles.Administrator));
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var approved = await administrator.PostFormAsync("/admin/users", new Dictionary<string, string>(), action: $"handler=Approve&id={id}");
        await professional.SignInAsync(email, AccountTestData.Password);
        var afterApproval = await professional.Http.GetAsync($"/organisations/{restricted}");

        Assert.Contains("confirm it", (await registered.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Confirm your e-mail address first", (await tooEarly.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(confirmedByOpening);
        Assert.Contains("is confirmed", confirmed.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, beforeApproval.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterApproval.StatusCode);
        Assert.Contains("approved", AccountClient.LastMailTo(hub.DataDirectory, email).Subject, StringComparison.Ordinal);
        var events = await hub.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.Subject == email).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([AuditEventKind.Registered, AuditEventKind.SignInFailed, AuditEventKind.EmailConfirmed, AuditEventKind.SignIn, AuditEventKind.Approved, AuditEventKind.SignIn], events);
    }

    [Fact]
    public async Task The_confirmation_link_points_at_the_configured_address_whatever_host_the_request_named()
    {
        var email = $"{TestData.UniqueKey("host")}@police.example";
        var client = hub.CreateAccountClient();
        client.Http.DefaultRequestHeaders.Host = "evil.example";

        await client.PostFormAsync("/account/register", Form(email));

        Assert.StartsWith(HubAppFactory.PublicBaseUrl + "/account/confirm-email?", AccountClient.FirstLink(AccountClient.LastMailTo(hub.DataDirectory, email)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_registered_in_French_is_told_the_decision_in_French_whatever_the_administrators_language()
    {
        var email = $"{TestData.UniqueKey("fr")}@gendarmerie.example";
        var registered = await hub.CreateAccountClient().PostFormAsync("/fr/account/register", Form(email));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("/fr/account/confirm-email", AccountClient.FirstLink(AccountClient.LastMailTo(hub.DataDirectory, email)), StringComparison.Ordinal);
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        await new AccountClient(hub.CreateClientAs(HubRoles.Administrator))
            .PostFormAsync("/admin/users", new Dictionary<string, string>(), action: $"handler=Approve&id={id}");

        var decision = AccountClient.LastMailTo(hub.DataDirectory, email);
        Assert.Equal("Votre compte CseaHub est approuvé", decision.Subject);
        Assert.Contains("/fr/account/sign-in", AccountClient.FirstLink(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_professional_keeps_public_access_only_and_is_told()
    {
        var email = await hub.AddAccountAsync(HubRoles.Professional);
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        await new AccountClient(hub.CreateClientAs(HubRoles.Administrator))
            .PostFormAsync("/admin/users", new Dictionary<string, string>(), action: $"handler=Refuse&id={id}");

        var account = await hub.WithDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var isProfessional = await hub.WithDatabaseAsync(db => db.UserRoles.AnyAsync(r => r.UserId == id && r.RoleId == "role-professional"));
        Assert.Equal(VettingStatus.Refused, account.Vetting);
        Assert.Equal("test-user", account.VettedBy);
        Assert.False(isProfessional);
        Assert.Equal("Your CseaHub registration", AccountClient.LastMailTo(hub.DataDirectory, email).Subject);
    }

    [Fact]
    public async Task Registering_an_address_already_registered_answers_the_same_and_tells_its_owner()
    {
        var email = await hub.AddAccountAsync();

        var response = await hub.CreateAccountClient().PostFormAsync("/account/register", Form(email, "Someone else"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("If the address can be used", (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("already has an account", AccountClient.LastMailTo(hub.DataDirectory, email).TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await hub.WithDatabaseAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_form_filled_in_by_a_bot_creates_nothing()
    {
        var email = $"{TestData.UniqueKey("bot")}@spam.example";
        var form = Form(email);
        form["website"] = "http://spam.example";

        var response = await hub.CreateAccountClient().PostFormAsync("/account/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await hub.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Each_wrong_field_is_named_and_nothing_is_created()
    {
        var response = await hub.CreateAccountClient().PostFormAsync(
            "/account/register",
            new Dictionary<string, string> { ["email"] = "not an address", ["organisation"] = "", ["password"] = "short", ["confirmpassword"] = "other" });
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "email", "organisation", "password", "confirmpassword" })
        {
            Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
            Assert.Equal("true", page.GetElementById(field)!.GetAttribute("aria-invalid"));
        }
    }

    [Theory]
    [InlineData("email", "long")]
    [InlineData("email", "nul")]
    [InlineData("organisation", "nul")]
    public async Task An_over_long_address_or_a_control_character_is_refused_before_the_database(string field, string problem)
    {
        var email = $"{TestData.UniqueKey("edge")}@example.org";
        var form = Form(email);
        form[field] = problem == "long" ? new string('a', 250) + "@example.org" : form[field] + "\0";

        var response = await hub.CreateAccountClient().PostFormAsync("/account/register", form);

        // A control character in a posted form is refused before the page reads it; a long address by the page, by name.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (problem == "long")
        {
            Assert.NotNull((await response.ReadDocumentAsync()).QuerySelector($".error-summary a[href='#{field}']"));
        }

        Assert.False(await hub.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_address_with_an_apostrophe_registers()
    {
        var email = $"o'brien-{TestData.UniqueKey("x")}@example.org";

        await hub.CreateAccountClient().PostFormAsync("/account/register", Form(email));

        Assert.True(await hub.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("/account/confirm-email?user=%00&code=x")]
    [InlineData("/account/confirm-email?user=x&code=%00")]
    [InlineData("/account/confirm-email")]
    public async Task A_confirmation_link_that_cannot_be_one_is_refused_plainly(string url)
    {
        var response = await hub.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_or_used_confirmation_link_changes_nothing()
    {
        var email = await hub.AddAccountAsync(confirmed: false);
        var id = await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var response = await hub.CreateAccountClient().PostFormAsync($"/account/confirm-email?user={id}&code=bm90LWEtdG9rZW4", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()));
    }
}
