using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.IntegrationTests.Admin.Content;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// Hostile values (<see cref="HostileInput"/>) in every field of every form a reader or a member of staff posts, hidden
/// fields included, the anti-forgery token kept valid so each value reaches the page's own handling: each answer is a
/// page or a redirect, a refusal says what is wrong, no script comes alive, and the hub logs no error. The forms are
/// found on the pages themselves, so a new field is tried without anyone listing it here.
/// </summary>
public sealed class HostileFormTests
{
    private const int Seed = 20261203;

    /// <summary>Posts per form at most: a record form has dozens of fields and each post validates the whole dataset.</summary>
    private const int PostsPerForm = 1_200;

    private static readonly IReadOnlyList<string> Cases = HostileInput.Encoded(Seed, randomCases: 25);

    private static readonly string[] ReaderPages = ["/suggest", "/fr/suggest", "/account/register", "/account/sign-in", "/account/forgot-password"];

    private static readonly string[] StaffPages =
    [
        "/admin/content/edit?kind=organisation", "/admin/content/edit?file=organisations/council-of-europe.json",
        "/admin/content/edit?kind=document", "/admin/api-tokens", "/admin/users", "/admin/suggestions", "/account",
    ];

    [Fact]
    public async Task Every_form_answers_hostile_values_with_a_page_that_says_what_is_wrong()
    {
        // Thousands of account posts from one address: the limit meant for people is lifted here (it has a test of its own).
        await using var hub = HubAppFactory.WithSettings(new Dictionary<string, string?> { ["RateLimits:AccountPostsPerMinute"] = "1000000" });
        await hub.InitializeAsync();
        var errorsBefore = hub.Errors.Entries.Count;
        var failures = new List<string>();
        var posts = 0;
        var forms = 0;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        // Staff as a real account, as the token and account pages read the user behind the sign-in.
        var email = await hub.AddAccountAsync(HubRoles.Administrator);
        var administrator = await hub.WithDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == email));
        foreach (var (pages, client) in new[] { (ReaderPages, hub.CreateClient()), (StaffPages, hub.CreateClientAs($"{HubRoles.Administrator},{HubRoles.Editor}", administrator.Id)) })
        {
            foreach (var page in pages)
            {
                using var opened = await client.GetAsync(page, TestContext.Current.CancellationToken);
                Assert.True(opened.StatusCode == System.Net.HttpStatusCode.OK, $"{page}: {opened.StatusCode} {opened.Headers.Location}");
                var document = await opened.ReadDocumentAsync();
                foreach (var form in document.QuerySelectorAll("form[method=post i]").OfType<IHtmlFormElement>().Where(f => f.Enctype != "multipart/form-data"))
                {
                    var fields = EditorClient.ValuesOf(form);
                    var targets = Targets(form);
                    if (targets.Count == 0)
                    {
                        continue;
                    }

                    var action = new Uri(new Uri("http://hub" + page), form.GetAttribute("action") ?? page).PathAndQuery;
                    // One form of each kind: a list of suggestions has the same form on every row.
                    if (!kinds.Add($"{action.Split('?')[0]} {Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://hub" + action).Query).GetValueOrDefault("handler")} {string.Join(',', targets)}"))
                    {
                        continue;
                    }

                    forms++;
                    var stride = Math.Max(1, (targets.Count * Cases.Count) / PostsPerForm);
                    for (var t = 0; t < targets.Count; t++)
                    {
                        for (var c = t % stride; c < Cases.Count; c += stride)
                        {
                            posts++;
                            using var response = await client.PostAsync(action, Body(fields, targets[t], Cases[c]), TestContext.Current.CancellationToken);
                            if (await ProblemAsync(response, parser) is { } problem)
                            {
                                failures.Add($"{problem}: {page} {action} {targets[t]}={Shortened(Cases[c])}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(forms >= 10 && posts >= 5_000, $"only {forms} forms and {posts} posts");
        HostileAnswers.AssertNone(hub, errorsBefore, failures, posts);
    }

    /// <summary>Every field the form posts or could post, hidden ones too, but not the anti-forgery token.</summary>
    private static List<string> Targets(IHtmlFormElement form) =>
    [
        .. form.Elements.Where(e => e is not IHtmlButtonElement and not IHtmlInputElement { Type: "submit" or "file" })
            .Select(e => e.GetAttribute("name")).OfType<string>()
            .Where(name => name.Length > 0 && name != "__RequestVerificationToken")
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The form as it stands with one field hostile; the case is already percent-encoded (malformed UTF-8 stays malformed).</summary>
    private static StringContent Body(Dictionary<string, string> fields, string target, string hostile)
    {
        var body = string.Join('&', fields.Where(f => f.Key != target).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")
            .Append($"{Uri.EscapeDataString(target)}={hostile}"));
        return new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
    }

    private static async Task<string?> ProblemAsync(HttpResponseMessage response, HtmlParser parser)
    {
        var status = (int)response.StatusCode;
        if (status >= 500 || status is 401 or 403 or 404 or 405)
        {
            return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (await HostileAnswers.LiveScriptAsync(response, parser) is { } script)
        {
            return "live script " + script;
        }

        if (status == 400 && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            // A field's error, a summary, or, for a value no control of the page can send (a tampered button's), the
            // hub's page for a request it cannot understand.
            if (page.QuerySelector("[role=alert], .field-error, [aria-invalid=true]") is null
                && !page.Title!.Contains("could not be understood", StringComparison.Ordinal) && !page.Title.Contains("n'a pas pu être comprise", StringComparison.Ordinal))
            {
                return "400 without saying what is wrong";
            }
        }

        return null;
    }

    private static string Shortened(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
