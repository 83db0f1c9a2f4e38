using System.Net;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.IntegrationTests.Pages.Organisations;

public sealed class DirectoryPageTests(HubAppFactory hub)
{
    [Fact]
    public async Task Directory_sorts_by_name_whatever_the_case_and_accents()
    {
        var topic = await hub.AddTopicAsync();
        foreach (var name in new[] { "Zeta", "état", "Europol test", "eSafety test", "ECPAT test" })
        {
            await hub.AddOrganisationAsync(name, topic);
        }

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations?topic={topic}");

        Assert.Equal(["ECPAT test", "eSafety test", "état", "Europol test", "Zeta"], page.QuerySelectorAll(".card h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Search_ignores_case_and_accents()
    {
        var topic = await hub.AddTopicAsync();
        var slug = await hub.AddOrganisationAsync("Office de l'État test", topic);

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations?topic={topic}&q=ETAT");

        Assert.Equal([$"/organisations/{slug}"], page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Filter_choices_offer_only_what_visible_organisations_carry()
    {
        var hiddenTopic = await hub.AddTopicAsync();
        await hub.AddOrganisationAsync("Restricted with topic", hiddenTopic, visibility: Visibility.Professionals);

        var anonymous = await hub.CreateClient().GetDocumentAsync("/organisations");
        var professional = await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional).GetDocumentAsync("/organisations");

        Assert.DoesNotContain(anonymous.QuerySelectorAll("#topic option"), o => o.GetAttribute("value") == hiddenTopic);
        Assert.Contains(professional.QuerySelectorAll("#topic option"), o => o.GetAttribute("value") == hiddenTopic);
    }

    [Fact]
    public async Task Filters_combine_with_AND()
    {
        var topic = await hub.AddTopicAsync();
        var wanted = await hub.AddOrganisationAsync("Wanted", topic, audience: "ngos", country: "FR");
        await hub.AddOrganisationAsync("Wrong country", topic, audience: "ngos", country: "BE");
        await hub.AddOrganisationAsync("Wrong audience", topic, audience: "judiciary", country: "FR");

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations?topic={topic}&audience=ngos&country=FR");

        var link = Assert.Single(page.QuerySelectorAll(".card h3 a"));
        Assert.Equal($"/organisations/{wanted}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Filter_form_keeps_the_selected_values()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations?audience=judiciary&country=fr&sort=-name");

        Assert.Equal("judiciary", page.QuerySelector("#audience option[selected]")?.GetAttribute("value"));
        Assert.Equal("FR", page.QuerySelector("#country option[selected]")?.GetAttribute("value"));
        Assert.Equal("-name", page.QuerySelector("#sort option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Sorting_by_name_descending_reverses_the_order()
    {
        var topic = await hub.AddTopicAsync();
        await hub.AddOrganisationAsync("Alpha", topic);
        await hub.AddOrganisationAsync("Beta", topic);
        await hub.AddOrganisationAsync("Gamma", topic);

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations?topic={topic}&sort=-name");

        Assert.Equal(["Gamma", "Beta", "Alpha"], page.QuerySelectorAll(".card h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Pages_split_the_results_without_repeating_or_losing_any()
    {
        var topic = await hub.AddTopicAsync();
        for (var i = 0; i < 23; i++)
        {
            await hub.AddOrganisationAsync("Same name", topic);
        }

        var client = hub.CreateClient();
        var first = await client.GetDocumentAsync($"/organisations?topic={topic}");
        var second = await client.GetDocumentAsync($"/organisations?topic={topic}&page=2");

        var links = first.QuerySelectorAll(".card h3 a").Concat(second.QuerySelectorAll(".card h3 a"))
            .Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(23, links.Distinct().Count());
        Assert.Equal($"/organisations?topic={topic}&page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Drafts_and_professionals_only_entries_are_not_listed_for_anonymous_readers()
    {
        var topic = await hub.AddTopicAsync();
        await hub.AddOrganisationAsync("Draft", topic, status: ContentStatus.Draft);
        await hub.AddOrganisationAsync("Restricted", topic, visibility: Visibility.Professionals);
        var published = await hub.AddOrganisationAsync("Published", topic);

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations?topic={topic}");

        Assert.Equal([$"/organisations/{published}"], page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")));
        Assert.Contains("1 organisation found", page.VisibleText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/organisations?audience=astronauts", "The audience in the address is not one the hub knows.")]
    [InlineData("/organisations?country=ZZ", "The country in the address is not one the hub knows.")]
    [InlineData("/organisations?type=bank", "The organisation type in the address is not one the hub knows.")]
    [InlineData("/organisations?page=abc", "The page number must be a whole number from 1 to 100,000.")]
    [InlineData("/organisations?page=-3", "The page number must be a whole number from 1 to 100,000.")]
    [InlineData("/organisations?page=2147483647", "The page number must be a whole number from 1 to 100,000.")]
    [InlineData("/organisations?q=%00", "contains control characters")]
    [InlineData("/organisations?type=%00", "The organisation type in the address is not one the hub knows.")]
    [InlineData("/fr/organisations?country=%00", "Le pays indiqué dans l'adresse n'est pas connu du centre.")]
    [InlineData("/organisations?sort=date", "The sort order is not one the directory offers.")]
    public async Task Bad_filter_values_get_a_helpful_400_page(string url, string message)
    {
        var response = await hub.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = (await response.ReadDocumentAsync()).VisibleText();
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.Contains(url.StartsWith("/fr", StringComparison.Ordinal) ? "Effacer tous les filtres" : "Clear all filters", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_query_gets_a_helpful_400_page()
    {
        var response = await hub.CreateClient().GetAsync("/organisations?q=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The search text is too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_says_where_the_last_page_is()
    {
        var topic = await hub.AddTopicAsync();
        await hub.AddOrganisationAsync("Only one", topic);

        var response = await hub.CreateClient().GetAsync($"/organisations?topic={topic}&page=9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("the last page is 1", (await response.ReadDocumentAsync()).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_search_matches_acronyms_case_insensitively()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations?q=t-cy");

        Assert.Contains(page.QuerySelectorAll(".card h3 a"), a => a.GetAttribute("href") == "/organisations/cybercrime-convention-committee");
    }
}
