using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.ProfessionalsOnly;

/// <summary>
/// Every reader-facing route, read by every kind of viewer: a professionals-only organisation and a professionals-only
/// section of a public one, each with a marker word, show to vetted viewers (a role) and to nobody else: not to
/// anonymous readers, not to an account still waiting for vetting, not to a refused one; not in pages, search, facets,
/// the API or its errors, error pages, "did you mean", feeds, sitemaps or exports.
/// </summary>
public sealed class ProfessionalsOnlyMatrixTests(HubAppFactory hub)
{
    [Fact]
    public async Task Professionals_only_content_reaches_vetted_viewers_and_nobody_else_on_any_route()
    {
        var hiddenMarker = "hiddenmarker" + TestData.UniqueKey("m").Replace("-", string.Empty, StringComparison.Ordinal);
        var sectionMarker = "sectionmarker" + TestData.UniqueKey("m").Replace("-", string.Empty, StringComparison.Ordinal);
        var topic = await hub.AddTopicAsync();
        // Dated now, so it would head the feeds if they let it through.
        var hidden = await hub.AddOrganisationAsync(
            "Unit " + hiddenMarker, topic: topic, visibility: Visibility.Professionals, configure: o => o.PublicUpdatedUtc = DateTime.UtcNow);
        var open = await hub.AddOrganisationAsync("Open unit", topic: topic, configure: o => o.Sections.Add(new OrganisationSection
        {
            Key = "operations",
            Title = new LocalisedText("Operational contact"),
            Body = new LocalisedText("Call the desk about " + sectionMarker),
            Visibility = Visibility.Professionals,
            SourceKeys = ["test"],
            AsOf = new DateOnly(2026, 11, 28),
        }));
        await hub.SearchCaughtUpAsync();

        string[] routes =
        [
            $"/organisations/{hidden}", $"/fr/organisations/{hidden}", $"/organisations/{open}", $"/fr/organisations/{open}",
            $"/organisations?topic={topic}", $"/fr/organisations?topic={topic}", "/organisations?country=FR&audience=ngos",
            $"/search?q={hiddenMarker}", $"/search?q={sectionMarker}", $"/fr/search?q={hiddenMarker}", $"/search?q=unit&topic={topic}",
            $"/api/v1/search?q={hiddenMarker}", $"/api/v1/search?q={sectionMarker}", $"/api/v1/search?q=unit&topic={topic}",
            $"/api/v1/organisations/{hidden}", $"/api/v1/organisations/{open}", $"/api/v1/organisations?topic={topic}",
            "/api/v1/organisations?country=FR&pageSize=100", "/countries/fr", "/api/v1/countries/FR", "/",
            "/feeds/updates.atom", "/fr/feeds/updates.atom", "/feeds/countries/fr.atom", $"/feeds/organisations/{open}.atom",
            $"/feeds/organisations/{hidden}.atom", "/sitemap.xml", "/sitemaps/organisations-1.xml", "/robots.txt",
            "/api/v1/taxonomies/topics", "/openapi/v1.json",
            // "Did you mean" draws on the index's words: a typo must not be corrected into a word only professionals may find.
            $"/search?q={hiddenMarker[..^1]}", $"/fr/search?q={sectionMarker[..^1]}", $"/api/v1/search?q={hiddenMarker[..^1]}",
            $"/api/v1/search?q={sectionMarker[..^1]}", $"/search?q=unit+{hiddenMarker[..^1]}",
            // Error pages and the back office's exports, for whoever is not let in.
            $"/organisations/{hidden}/contacts", $"/api/v1/organisations/{hidden}/x", "/error/404", "/error/500",
            "/admin/exchange", "/admin/exchange?handler=Export&format=csv", "/admin/content/list?kind=organisation",
        ];
        var failures = new List<string>();
        foreach (var (viewer, client, vetted) in await ViewersAsync())
        {
            foreach (var route in routes)
            {
                var response = await client.GetAsync(route);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{viewer} {route}: {response.StatusCode}");
                // What the route itself names (a search for the marker shows it in the search box) is not a leak;
                // finding the organisation that carries it is.
                string[] secrets = [hiddenMarker, sectionMarker, hidden, .. route.Contains(sectionMarker, StringComparison.Ordinal) ? [$"/organisations/{open}"] : Array.Empty<string>()];
                foreach (var secret in secrets.Where(s => !route.Contains(s, StringComparison.Ordinal)))
                {
                    if (!vetted && body.Contains(secret, StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Add($"{viewer} sees '{secret}' on {route}");
                    }
                }
            }

            var profile = await client.GetAsync($"/organisations/{hidden}");
            if (vetted != (profile.StatusCode == HttpStatusCode.OK))
            {
                failures.Add($"{viewer} gets {profile.StatusCode} for the professionals-only profile");
            }

            // Counts too: the topic holds two organisations for vetted viewers and one for everybody else.
            var listed = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?topic={topic}")).GetProperty("total").GetInt32();
            var facet = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=unit&topic={topic}")).GetProperty("total").GetInt32();
            if (listed != (vetted ? 2 : 1) || facet != (vetted ? 2 : 1))
            {
                failures.Add($"{viewer} counts {listed} organisations and {facet} search results in the topic");
            }

            var section = await client.GetStringAsync($"/organisations/{open}");
            var found = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={sectionMarker}")).GetProperty("total").GetInt32();
            if (vetted != section.Contains(sectionMarker, StringComparison.Ordinal) || vetted != (found > 0))
            {
                failures.Add($"{viewer}: the professionals-only section shows {section.Contains(sectionMarker, StringComparison.Ordinal)}, its search finds {found}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Anonymous, signed in but waiting for vetting, refused (cookie sign-ins), and vetted roles.</summary>
    private async Task<List<(string Name, HttpClient Client, bool Vetted)>> ViewersAsync()
    {
        var pending = await SignedInAsync(VettingStatus.Pending);
        var refused = await SignedInAsync(VettingStatus.Refused);
        return
        [
            ("anonymous", hub.CreateClient(), false),
            ("an account waiting for vetting", pending, false),
            ("a refused account", refused, false),
            ("a professional", hub.CreateClientAs(HubRoles.Professional), true),
            ("an editor", hub.CreateClientAs(HubRoles.Editor), true),
        ];
    }

    private async Task<HttpClient> SignedInAsync(VettingStatus vetting)
    {
        var email = await hub.AddAccountAsync();
        await hub.WithDatabaseAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.Email == email);
            account.Vetting = vetting;
            await db.SaveChangesAsync();
        });
        var client = hub.CreateAccountClient();
        var signedIn = await client.SignInAsync(email, AccountTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
        return client.Http;
    }
}
