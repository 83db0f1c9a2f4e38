using System.Net;
using CseaHub.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Accounts;

public sealed class SignInTests(HubAppFactory hub)
{
    [Fact]
    public async Task A_confirmed_account_signs_in_and_out_and_both_are_logged()
    {
        var email = await hub.AddAccountAsync();
        var client = hub.CreateAccountClient();

        var signedIn = await client.SignInAsync(email, AccountTestData.Password);
        var account = await client.GetDocumentAsync("/account");
        var signedOut = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string>());
        var afterwards = await client.Http.GetAsync("/account");

        Assert.Equal("/", AccountClient.Location(signedIn));
        Assert.Contains(email, account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", AccountClient.Location(signedOut));
        Assert.StartsWith("http://localhost/account/sign-in", AccountClient.Location(afterwards), StringComparison.Ordinal);
        Assert.Equal([AuditEventKind.SignIn, AuditEventKind.SignOut], await EventsAsync(email));
    }

    [Fact]
    public async Task A_wrong_password_gets_the_same_answer_as_an_unknown_account_and_five_lock_the_account_without_saying_so()
    {
        var email = await hub.AddAccountAsync();
        var client = hub.CreateAccountClient();

        var unknown = await client.SignInAsync("nobody-" + email, AccountTestData.Password);
        var unknownText = (await unknown.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent;
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            last = await client.SignInAsync(email, "wrong password 1");
        }

        var rightPasswordAfterwards = await client.SignInAsync(email, AccountTestData.Password);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("e-mail address or the password is wrong", unknownText, StringComparison.Ordinal);
        // A locked account answers like an unknown one: "locked" would tell that the address has an account.
        Assert.Equal(unknownText, (await last.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, rightPasswordAfterwards.StatusCode);
        Assert.Contains(AuditEventKind.LockedOut, await EventsAsync(email));
    }

    [Fact]
    public async Task Only_the_right_password_learns_that_an_address_is_not_confirmed_yet()
    {
        var email = await hub.AddAccountAsync(confirmed: false);
        var client = hub.CreateAccountClient();

        var wrong = await client.SignInAsync(email, "wrong password 1");
        var right = await client.SignInAsync(email, AccountTestData.Password);

        Assert.Contains("e-mail address or the password is wrong", (await wrong.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Confirm your e-mail address first", (await right.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await hub.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Theory]
    [InlineData("someone\\u0000@example.org")]
    [InlineData("my secret password")]
    public async Task What_cannot_be_an_address_gets_the_usual_answer_and_stays_out_of_the_log(string typed)
    {
        var email = System.Text.RegularExpressions.Regex.Unescape(typed);

        var response = await hub.CreateAccountClient().SignInAsync(email, "wrong password 1");

        // A control character is refused before the page reads the form (and could not even be looked up in PostgreSQL).
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (!email.Any(char.IsControl))
        {
            Assert.Contains("e-mail address or the password is wrong", (await response.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(await EventsAsync(email));
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var email = await hub.AddAccountAsync();

        var response = await hub.CreateAccountClient().Http.PostAsync(
            "/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = AccountTestData.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(AuditEventKind.SignIn, await EventsAsync(email));
    }

    [Fact]
    public async Task A_return_address_elsewhere_is_not_followed_after_signing_in()
    {
        var email = await hub.AddAccountAsync();
        var client = hub.CreateAccountClient();

        var response = await client.PostFormAsync(
            "/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["email"] = email, ["password"] = AccountTestData.Password });

        Assert.Equal("/", AccountClient.Location(response));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_other_sessions_of_the_account()
    {
        var email = await hub.AddAccountAsync();
        var laptop = hub.CreateAccountClient();
        var phone = hub.CreateAccountClient();
        await laptop.SignInAsync(email, AccountTestData.Password);
        await phone.SignInAsync(email, AccountTestData.Password);

        var before = await phone.Http.GetAsync("/account");
        await laptop.PostFormAsync("/account", new Dictionary<string, string>(), action: "Everywhere");
        var after = await phone.Http.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", AccountClient.Location(after), StringComparison.Ordinal);
        Assert.Contains(AuditEventKind.SignOutEverywhere, await EventsAsync(email));
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_from_one_address_are_refused_for_a_minute()
    {
        var client = hub.CreateAccountClient();
        var other = hub.CreateAccountClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            statuses.Add((await client.SignInAsync("someone@example.org", "wrong password 1")).StatusCode);
        }

        var refused = await client.SignInAsync("someone@example.org", "wrong password 1");
        var otherVisitor = await other.SignInAsync("someone@example.org", "wrong password 1");

        Assert.All(statuses.Take(10), status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, otherVisitor.StatusCode);
    }

    private async Task<List<AuditEventKind>> EventsAsync(string email) =>
        await hub.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.Subject == email).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
}
