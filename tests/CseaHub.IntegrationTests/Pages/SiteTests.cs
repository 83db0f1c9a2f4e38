using System.Net;

namespace CseaHub.IntegrationTests.Pages;

public sealed class SiteTests(HubAppFactory hub)
{
    [Fact]
    public async Task Home_page_leads_to_search_audiences_and_latest_updates()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/");

        Assert.Equal("/organisations", page.QuerySelector("form[role=search]")?.GetAttribute("action"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/organisations?audience=law-enforcement");
        Assert.NotEmpty(page.QuerySelectorAll("#updates-heading + ul a"));
    }

    [Fact]
    public async Task About_page_shows_the_funding_disclaimer_from_data()
    {
        var text = (await hub.CreateClient().GetDocumentAsync("/about")).VisibleText();

        Assert.Contains("Neither the European Union nor any other granting authority can be held responsible for the content.", text, StringComparison.Ordinal);
        Assert.Contains("No funding project has been recorded with a verified source yet.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_has_one_h1_a_skip_link_and_a_language_switch_to_the_same_page()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations?audience=ngos");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("#main", page.QuerySelector(".skip-link")?.GetAttribute("href"));
        Assert.Equal("/fr/organisations?audience=ngos", page.QuerySelector("a[hreflang=fr]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task French_pages_are_served_under_fr_with_French_interface_text()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/fr/organisations");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Appliquer les filtres", page.VisibleText(), StringComparison.Ordinal);
        Assert.Equal("/organisations", page.QuerySelector("a[hreflang=en]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await hub.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await hub.CreateClient().GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Unknown_pages_get_the_not_found_page_without_internals()
    {
        var response = await hub.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
