using System.Net;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.IntegrationTests.Pages.Monitoring;

public sealed class RoundPageTests(HubAppFactory hub)
{
    [Theory]
    [InlineData(1, "circle of trust", 3)]
    [InlineData(2, "information and communication technologies", 3)]
    public async Task Each_bundled_round_shows_its_theme_documents_and_every_finding(int number, string theme, int findings)
    {
        var page = await hub.CreateClient().GetDocumentAsync($"/monitoring/lanzarote-convention/{number}");

        Assert.Contains(theme, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(findings, page.QuerySelectorAll("ol.findings > li").Length);
        Assert.NotEmpty(page.QuerySelectorAll("#documents-heading + ul a[href^='/library/']"));
    }

    [Fact]
    public async Task A_state_filter_keeps_that_states_findings_and_the_thematic_ones()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/monitoring/lanzarote-convention/1?country=FR");

        var findings = page.QuerySelectorAll("ol.findings > li").ToList();
        Assert.Contains(findings, f => f.TextContent.Contains("France", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.TextContent.Contains("All Parties (thematic)", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.TextContent.Contains("Croatia", StringComparison.Ordinal));
        Assert.Contains("Thematic findings addressed to all Parties are included", page.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_area_filter_keeps_only_that_area()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/monitoring/lanzarote-convention/1?area=protection");

        var areas = page.QuerySelectorAll("ol.findings .area").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(areas);
        Assert.All(areas, area => Assert.Equal("Protection", area));
    }

    [Theory]
    [InlineData("area=justice", "The area must be prevention, protection, prosecution or co-operation.")]
    [InlineData("country=ZZ", "The country in the address is not one the hub knows.")]
    public async Task A_filter_that_cannot_apply_gets_a_400_and_the_unfiltered_findings(string query, string message)
    {
        var response = await hub.CreateClient().GetAsync($"/monitoring/lanzarote-convention/1?{query}");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.VisibleText(), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("ol.findings > li").Length);
    }

    [Theory]
    [InlineData("/monitoring/lanzarote-convention/42")]
    [InlineData("/monitoring/no-such-instrument/1")]
    [InlineData("/monitoring/lanzarote-convention/0")]
    [InlineData("/monitoring/lanzarote-convention/first")]
    public async Task A_round_that_does_not_exist_is_a_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_monitoring_index_lists_every_round_with_its_finding_count()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/monitoring");

        var rows = page.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Lanzarote", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count >= 2);
        Assert.NotNull(page.QuerySelector("a[href='/monitoring/lanzarote-convention/2']"));
    }

    [Fact]
    public async Task A_professionals_only_round_and_its_findings_stay_hidden_from_anonymous_readers()
    {
        var theme = "Restricted round " + Guid.NewGuid().ToString("N")[..8];
        var (number, _) = await hub.AddMonitoringRoundAsync(theme, Visibility.Professionals);
        var anonymous = hub.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/monitoring/lanzarote-convention/{number}")).StatusCode);
        Assert.DoesNotContain(theme, (await anonymous.GetDocumentAsync("/monitoring")).VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Finding of " + theme, (await anonymous.GetDocumentAsync("/countries/fr")).VisibleText(), StringComparison.Ordinal);
        Assert.DoesNotContain(theme, await anonymous.GetStringAsync("/api/v1/countries/fr"), StringComparison.Ordinal);

        var professional = hub.CreateClientAs(HubRoles.Professional);
        Assert.Contains("Finding of " + theme, (await professional.GetDocumentAsync("/countries/fr")).VisibleText(), StringComparison.Ordinal);
        Assert.Contains(theme, (await professional.GetDocumentAsync($"/monitoring/lanzarote-convention/{number}")).VisibleText(), StringComparison.Ordinal);
    }
}
