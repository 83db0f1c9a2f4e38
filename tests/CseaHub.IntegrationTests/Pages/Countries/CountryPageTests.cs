using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.Tests;
using CseaHub.Web.Pages;

namespace CseaHub.IntegrationTests.Pages.Countries;

public sealed class CountryPageTests(HubAppFactory hub)
{
    private static readonly Dictionary<string, string> StatusLabels = new()
    {
        ["ratified"] = "Ratified or acceded",
        ["signatory"] = "Signed, no ratification found",
        ["listed"] = "Listed, status unclear",
    };

    public static TheoryData<string> BundledCountries =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "countries", "countries.json")))
            .RootElement.EnumerateArray().Select(c => c.GetProperty("code").GetString()!)];

    [Theory]
    [MemberData(nameof(BundledCountries))]
    public async Task Every_country_page_shows_its_status_for_every_instrument(string code)
    {
        var page = await hub.CreateClient().GetDocumentAsync($"/countries/{code.ToLowerInvariant()}");

        foreach (var (instrument, status, hasPartyData) in StatusesInData(code))
        {
            var row = page.QuerySelectorAll("#instruments-heading ~ .table-scroll table tbody tr")
                .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/instruments/{instrument}");
            var expected = status is not null ? StatusLabels[status]
                : hasPartyData ? "Not in the hub's records"
                : "No state data in the hub";
            Assert.Contains(expected, row.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task France_lists_the_organisations_based_there()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/countries/fr");

        var organisations = page.QuerySelectorAll("#organisations-heading + ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/organisations/council-of-europe", organisations);
        Assert.Contains("Member of the Council of Europe since", page.VisibleText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Member of the European Union since")]
    [InlineData("hr", "Member of the European Union since")]
    [InlineData("no", "Not a member of the European Union.")]
    [InlineData("jp", "Not a member of the European Union.")]
    public async Task Country_pages_say_whether_the_state_belongs_to_the_EU(string code, string expected)
    {
        var text = (await hub.CreateClient().GetDocumentAsync($"/countries/{code}")).VisibleText();

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_country_list_counts_27_EU_members_among_the_Council_of_Europe_members()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/countries");

        var euCells = page.QuerySelectorAll("#members-heading ~ table tbody tr td:nth-of-type(2)").Count(td => td.QuerySelector("time") is not null);
        Assert.Equal(27, euCells);
    }

    [Fact]
    public async Task The_country_list_separates_the_46_Council_of_Europe_members_from_other_countries()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/countries");

        Assert.Equal(46, page.QuerySelectorAll("#members-heading + table tbody tr").Length);
        Assert.Contains(page.QuerySelectorAll("#others-heading + table tbody a"), a => a.GetAttribute("href") == "/countries/jp");
    }

    [Fact]
    public async Task Professionals_only_and_draft_instruments_stay_off_country_pages_for_anonymous_readers()
    {
        var restricted = await hub.AddInstrumentAsync("Restricted treaty", visibility: CseaHub.Web.Domain.Editorial.Visibility.Professionals, partyCountry: "MT");
        var draft = await hub.AddInstrumentAsync("Draft treaty", status: CseaHub.Web.Domain.Editorial.ContentStatus.Draft, partyCountry: "MT");

        var anonymous = await hub.CreateClient().GetStringAsync("/countries/mt");
        var list = await hub.CreateClient().GetStringAsync("/instruments");
        var professional = await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional).GetStringAsync("/countries/mt");

        Assert.DoesNotContain(restricted, anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain(draft, anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain(restricted, list, StringComparison.Ordinal);
        Assert.Contains(restricted, professional, StringComparison.Ordinal);
        Assert.DoesNotContain(draft, professional, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/countries/zz", HttpStatusCode.NotFound)]
    [InlineData("/countries/fra", HttpStatusCode.NotFound)]
    [InlineData("/countries/f1", HttpStatusCode.NotFound)]
    [InlineData("/countries/FR", HttpStatusCode.MovedPermanently)]
    public async Task Odd_country_codes_get_a_clear_answer(string url, HttpStatusCode expected)
    {
        var response = await hub.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>Each instrument's status for the country in the data files; "none" where the instrument has party rows but none for it.</summary>
    private static IEnumerable<(string Instrument, string? Status, bool HasPartyData)> StatusesInData(string code)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "instruments")))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var parties = json.RootElement.GetProperty("parties").EnumerateArray().ToList();
            var party = parties.Where(p => p.GetProperty("country").GetString() == code).Select(p => p.GetProperty("status").GetString()).FirstOrDefault();
            yield return (Path.GetFileNameWithoutExtension(file), party, parties.Count > 0);
        }
    }

    [Fact]
    public async Task A_country_page_lists_the_authorities_it_designated_with_sourced_details()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/countries/jp");

        var authorities = page.QuerySelectorAll("#authorities-heading ~ article.authority").ToList();
        Assert.Contains(authorities, a => a.TextContent.Contains("Central authority for mutual assistance", StringComparison.Ordinal));
        Assert.Contains(authorities, a => a.TextContent.Contains("Designated under the Second Additional Protocol", StringComparison.Ordinal));
        Assert.All(authorities.SelectMany(a => a.QuerySelectorAll("dd")), dd => Assert.NotNull(dd.QuerySelector("a.source-mark")));
    }

    [Fact]
    public async Task A_24_7_contact_point_is_shown_to_professionals_only()
    {
        var anonymous = await hub.CreateClient().GetDocumentAsync("/countries/hu");
        var professional = await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional).GetDocumentAsync("/countries/hu");

        const string ContactPoint = "hu-budapest-convention-contact-point-247";
        Assert.Null(anonymous.QuerySelector($"#authority-{ContactPoint}"));
        Assert.DoesNotContain(ContactPoint, await hub.CreateClient().GetStringAsync("/api/v1/countries/hu"), StringComparison.Ordinal);
        Assert.Contains("24/7 point of contact", professional.QuerySelector($"#authority-{ContactPoint}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ContactPoint, await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional).GetStringAsync("/api/v1/countries/hu"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_page_shows_reservations_findings_addressed_to_it_and_documents_about_it()
    {
        var switzerland = await hub.CreateClient().GetDocumentAsync("/countries/ch");
        var budapest = switzerland.QuerySelectorAll("#instruments-heading ~ .table-scroll tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/instruments/budapest-convention");
        Assert.Contains("Article 9(4)", budapest.QuerySelectorAll("td")[^1].TextContent, StringComparison.Ordinal);

        var france = await hub.CreateClient().GetDocumentAsync("/countries/fr");
        Assert.NotNull(france.QuerySelector("#findings-heading + ul a[href^='/monitoring/lanzarote-convention/1#finding-']"));
    }

    [Fact]
    public async Task A_long_document_list_shows_the_newest_ten_and_leads_to_the_filtered_library()
    {
        for (var n = 0; n < ListPreview.Documents + 1; n++)
        {
            await hub.AddLibraryDocumentAsync($"Country preview document {n}");
        }

        await hub.SearchCaughtUpAsync(); // Anonymous pages are cached until the node sees the change (ADR 0010).
        var page = await hub.CreateClient().GetDocumentAsync("/countries/fr");
        var country = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/FR");

        Assert.Equal(ListPreview.Documents, page.QuerySelectorAll("#documents-heading ~ ul.document-list li").Length);
        var library = page.QuerySelector("#documents-heading ~ p a[href='/library?country=FR']");
        Assert.NotNull(library);
        Assert.Contains("newest of", page.QuerySelector("#documents-heading ~ p.meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ListPreview.Documents, country.GetProperty("documents").GetArrayLength());
        Assert.True(country.GetProperty("documentCount").GetInt32() > ListPreview.Documents);
        Assert.Contains($"({country.GetProperty("documentCount").GetInt32()})", library.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_with_many_organisations_and_findings_shows_the_first_and_leads_to_the_rest()
    {
        // A hub of its own: Liechtenstein has no organisation or finding in the bundled dataset, and keeps none here.
        await using var own = HubAppFactory.Own();
        var findings = ListPreview.Findings + 5;
        await own.WithDatabaseAsync(async db =>
        {
            for (var n = 0; n <= ListPreview.Organisations; n++)
            {
                db.Organisations.Add(await db.NewOrganisationAsync($"Preview organisation {n:D2}", country: "LI"));
            }

            db.MonitoringRounds.Add(await db.NewRoundAsync(number: 9, findings, "LI"));
            await db.SaveChangesAsync();
        });
        await own.SearchCaughtUpAsync();

        var page = await own.CreateClient().GetDocumentAsync("/countries/li");
        var french = await own.CreateClient().GetDocumentAsync("/fr/countries/li");
        var country = await own.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries/LI");

        var organisations = page.QuerySelectorAll("#organisations-heading + ul li a");
        Assert.Equal(ListPreview.Organisations, organisations.Length);
        Assert.Equal("Preview organisation 00", organisations[0].TextContent);
        var directory = page.QuerySelector("#organisations-heading ~ p a[href='/organisations?country=LI']");
        Assert.Contains($"({ListPreview.Organisations + 1})", directory!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ListPreview.Findings, page.QuerySelectorAll("#findings-heading + ul li").Length);
        var round = page.QuerySelector("#findings-heading ~ ul.link-list a[href='/monitoring/lanzarote-convention/9?country=LI#findings-heading']");
        Assert.Contains($"{findings} addressed to this state", round!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{findings} adressés à cet État", french.QuerySelector("#findings-heading ~ ul.link-list li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ListPreview.Organisations, country.GetProperty("organisations").GetArrayLength());
        Assert.Equal(ListPreview.Organisations + 1, country.GetProperty("organisationCount").GetInt32());
        Assert.Equal(ListPreview.Findings, country.GetProperty("findings").GetArrayLength());
        Assert.Equal(findings, country.GetProperty("findingCount").GetInt32());
        Assert.Equal(findings, country.GetProperty("findingRounds")[0].GetProperty("count").GetInt32());
    }
}
