using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Cooperation;

public sealed class NavigatorPageTests(HubAppFactory hub)
{
    [Fact]
    public async Task The_empty_form_labels_every_input_and_lists_the_twelve_measures()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/cooperation");

        foreach (var id in new[] { "from", "to", "measure", "date", "emergency" })
        {
            Assert.NotNull(page.QuerySelector($"label[for='{id}']"));
            Assert.NotNull(page.GetElementById(id));
        }

        var measures = page.QuerySelectorAll("#measure option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Superset(
            new HashSet<string?>(["preservation", "traffic-data-disclosure", "stored-content", "subscriber-info", "traffic-data", "domain-registration",
                "real-time-traffic", "interception", "emergency-disclosure", "emergency-assistance", "joint-investigation", "video-conference"]),
            measures.ToHashSet());
        Assert.Contains("does not replace legal advice", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".routes"));
    }

    [Fact]
    public async Task A_shared_address_shows_the_routes_best_first_with_links_reasons_and_review_date()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28");

        var routes = page.QuerySelectorAll(".routes > li").ToList();
        Assert.Equal("route-eu-production-order", routes[0].Id);
        Assert.Contains("Available now", routes[0].TextContent, StringComparison.Ordinal);
        var budapest = page.GetElementById("route-budapest-31-stored-data")!;
        Assert.NotNull(budapest.QuerySelector("a[href='/instruments/budapest-convention#article-31']"));
        Assert.NotNull(budapest.QuerySelector("a[href='/instruments/budapest-convention#parties-heading']"));
        Assert.NotNull(budapest.QuerySelector("a[href='/library/tcy-template-mla-subscriber-information-article-31']"));
        var protocol = page.GetElementById("route-second-protocol-7-subscriber-info")!;
        Assert.Contains("CETS No. 224 has not entered into force", protocol.QuerySelector(".reasons")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("France has signed CETS No. 224 but not ratified it.", protocol.TextContent, StringComparison.Ordinal);
        Assert.Contains("last reviewed on", page.QuerySelector(".navigator-results")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("FR", page.QuerySelector("#from option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_requested_states_authorities_are_named_with_a_link_to_their_details()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/cooperation?from=FR&to=JP&measure=stored-content&date=2026-11-28");

        var route = page.GetElementById("route-budapest-31-stored-data")!;
        Assert.NotNull(route.QuerySelector("a[href='/countries/jp#authority-jp-budapest-convention-central-authority']"));
        Assert.Contains("Who receives it in Japan", route.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_French_page_answers_in_French()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/fr/cooperation?from=FR&to=RO&measure=preservation&date=2026-11-28");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Disponible", page.QuerySelector(".routes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Conservation rapide", page.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=XX&to=FR&measure=preservation", "from", "is not a state the hub knows")]
    [InlineData("from=FR&to=FR&measure=preservation", "to", "are both FR")]
    [InlineData("from=FR&to=DE&measure=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "measure", "is not a measure the navigator knows")]
    [InlineData("from=FR&to=DE&measure=preservation&date=yesterday", "date", "is not a date")]
    public async Task Bad_input_is_a_400_page_that_says_what_is_wrong_next_to_the_field(string query, string field, string message)
    {
        var response = await hub.CreateClient().GetAsync("/cooperation?" + query);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("true", page.GetElementById(field)!.GetAttribute("aria-invalid"));
        Assert.Contains(message, page.GetElementById(field + "-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Ten_kilobytes_in_a_parameter_get_a_short_clear_answer()
    {
        var response = await hub.CreateClient().GetAsync("/api/v1/cooperation?from=FR&to=DE&measure=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 2_000);
    }

    [Fact]
    public async Task The_grid_shows_every_EU_state_but_the_requesting_one_with_a_word_in_every_cell()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/cooperation/grid?from=FR&region=eu&date=2026-11-28");

        var rows = page.QuerySelectorAll(".navigator-grid tbody tr").ToList();
        Assert.Equal(26, rows.Count);
        Assert.DoesNotContain(rows, r => r.QuerySelector("th")!.TextContent == "France");
        Assert.True(page.QuerySelectorAll(".navigator-grid thead th").Length >= 13);
        Assert.All(rows.SelectMany(r => r.QuerySelectorAll("td")), cell =>
            Assert.Matches("Available now|Available, with limits|Not confirmed|Not yet available|Not available|no route", cell.TextContent));
        var denmark = rows.Single(r => r.QuerySelector("th")!.TextContent == "Denmark");
        var link = denmark.QuerySelector("td a[href*='measure=stored-content']")!;
        Assert.Contains("to=DK", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grid_per_instrument_and_measure_keeps_to_them_and_refuses_unknown_ones()
    {
        var page = await hub.CreateClient().GetDocumentAsync(
            "/cooperation/grid?from=DE&region=coe&instrument=budapest-convention&measure=preservation&date=2026-11-28");
        var refused = await hub.CreateClient().GetAsync("/cooperation/grid?from=DE&instrument=nothing");

        Assert.Equal(2, page.QuerySelectorAll(".navigator-grid thead th").Length);
        Assert.DoesNotContain("e-evidence", page.QuerySelector(".navigator-grid tbody")!.TextContent, StringComparison.Ordinal);
        var austria = page.QuerySelectorAll(".navigator-grid tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Austria");
        Assert.Contains("Available, with limits", austria.TextContent, StringComparison.Ordinal);
        Assert.Contains("limits Art. 29", austria.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Professionals_only_routes_and_contacts_never_reach_anonymous_readers()
    {
        var measure = await hub.AddMeasureAsync();
        var organisation = await hub.AddOrganisationAsync("Operational desk", visibility: Visibility.Professionals);
        await hub.AddRouteAsync(measure, "Public route with a restricted contact", organisation: organisation);
        var restricted = await hub.AddRouteAsync(measure, "Restricted route marker-navigator", Visibility.Professionals);
        var document = await hub.AddLibraryDocumentAsync("Restricted guidance", visibility: Visibility.Professionals);
        var designations = await hub.AddInstrumentAsync("Restricted designations", visibility: Visibility.Professionals);
        await hub.WithDatabaseAsync(async db =>
        {
            (await db.Instruments.SingleAsync(i => i.Slug == designations)).ReservationsAndDeclarations = new Uri("https://example.org/marker-designations");
            await db.SaveChangesAsync();
        });
        await hub.AddRouteAsync(measure, "Public route with restricted help", configure: async (db, route) =>
        {
            route.Documents.Add(await db.Documents.SingleAsync(d => d.Slug == document));
            route.AuthoritiesInstrument = await db.Instruments.SingleAsync(i => i.Slug == designations);
            route.AuthorityRoles = [AuthorityRole.CentralAuthority];
            route.Gaps = ["Editors' note marker-gap"];
        });
        var query = $"from=FR&to=DE&measure={measure}&date=2026-11-28";

        var anonymousPage = await hub.CreateClient().GetStringAsync("/cooperation?" + query);
        var anonymousApi = await hub.CreateClient().GetStringAsync("/api/v1/cooperation?" + query);
        var anonymousGrid = await hub.CreateClient().GetStringAsync($"/cooperation/grid?from=FR&region=eu&measure={measure}");
        var professional = await hub.CreateClientAs(HubRoles.Professional).GetStringAsync("/cooperation?" + query);

        foreach (var text in new[] { anonymousPage, anonymousApi, anonymousGrid })
        {
            Assert.DoesNotContain("marker-navigator", text, StringComparison.Ordinal);
            Assert.DoesNotContain(restricted, text, StringComparison.Ordinal);
            Assert.DoesNotContain(organisation, text, StringComparison.Ordinal);
            Assert.DoesNotContain(document, text, StringComparison.Ordinal);
            Assert.DoesNotContain("marker-designations", text, StringComparison.Ordinal);
            Assert.DoesNotContain("marker-gap", text, StringComparison.Ordinal);
        }

        var restrictedFilter = await hub.CreateClient().GetAsync($"/cooperation/grid?from=FR&instrument={designations}");
        Assert.Equal(HttpStatusCode.BadRequest, restrictedFilter.StatusCode);
        Assert.DoesNotContain("Restricted designations", await restrictedFilter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Public route with restricted help", anonymousPage, StringComparison.Ordinal);
        Assert.Contains(document, professional, StringComparison.Ordinal);
        Assert.Contains("marker-designations", professional, StringComparison.Ordinal);
        Assert.Contains("marker-gap", professional, StringComparison.Ordinal);

        Assert.Contains("Public route with a restricted contact", anonymousPage, StringComparison.Ordinal);
        Assert.Contains("marker-navigator", professional, StringComparison.Ordinal);
        Assert.Contains(organisation, professional, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_shows_what_the_parser_understood_whatever_the_case_of_the_values()
    {
        var refused = await hub.CreateClient().GetAsync("/cooperation?from=fr&to=fr&measure=PRESERVATION&emergency=TRUE");
        var page = await refused.ReadDocumentAsync();
        var grid = await hub.CreateClient().GetDocumentAsync("/cooperation/grid?from=de&measure=Preservation&instrument=BUDAPEST-CONVENTION");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("preservation", page.QuerySelector("#measure option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#emergency[checked]"));
        Assert.Equal("true", page.GetElementById("to")!.GetAttribute("aria-invalid"));
        Assert.Equal("preservation", grid.QuerySelector("#measure option[selected]")!.GetAttribute("value"));
        Assert.Equal("budapest-convention", grid.QuerySelector("#instrument option[selected]")!.GetAttribute("value"));
        Assert.Equal(2, grid.QuerySelectorAll(".navigator-grid thead th").Length);
    }

    [Fact]
    public async Task The_answer_links_both_country_pages_and_names_the_parties_list_it_links()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/cooperation?from=FR&to=RO&measure=preservation&date=2026-11-28");
        var french = await hub.CreateClient().GetDocumentAsync("/fr/cooperation?from=FR&to=RO&measure=preservation&date=2026-11-28");

        var results = page.QuerySelector(".navigator-results")!;
        Assert.NotNull(results.QuerySelector("a[href='/countries/fr']"));
        Assert.NotNull(results.QuerySelector("a[href='/countries/ro']"));
        Assert.Contains(results.QuerySelectorAll("a"), a => a.TextContent == "Parties to ETS No. 185");
        Assert.Contains(french.QuerySelectorAll(".navigator-results a"), a => a.TextContent == "Parties à STE n° 185");
        Assert.NotNull(page.QuerySelector(".navigator-results .note"));
    }

    [Fact]
    public async Task The_grid_says_when_its_rules_were_reviewed()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/cooperation/grid?from=FR&region=eu&measure=preservation&date=2026-11-28");

        Assert.Contains("last reviewed on", page.QuerySelector(".results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_the_measures_and_answers_with_the_documented_shape()
    {
        var measures = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/cooperation/measures");
        var answer = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/cooperation?from=FR&to=DE&measure=preservation&date=2026-11-28");

        Assert.True(measures.GetArrayLength() >= 12);
        Assert.Contains(measures.EnumerateArray(), m => m.GetProperty("key").GetString() == "emergency-disclosure" && m.GetProperty("emergency").GetBoolean());
        Assert.Equal("FR", answer.GetProperty("from").GetString());
        Assert.Equal("DE", answer.GetProperty("to").GetString());
        Assert.Equal("2026-11-28", answer.GetProperty("date").GetString());
        var route = answer.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "budapest-29-preservation");
        Assert.Equal("ETS No. 185", route.GetProperty("instrument").GetProperty("reference").GetString());
        Assert.Equal(["29", "35"], route.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.True(route.GetProperty("available").GetBoolean());
        Assert.Equal("contactPoint247", route.GetProperty("channel").GetString());
        Assert.Equal("Through the 24/7 points of contact", route.GetProperty("channelText").GetString());
        Assert.StartsWith("Open since", route.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(route.TryGetProperty("authority", out _));
    }
}
