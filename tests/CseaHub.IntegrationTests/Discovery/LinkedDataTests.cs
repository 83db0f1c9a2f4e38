using System.Text.Json;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.IntegrationTests.Discovery;

/// <summary>The schema.org JSON-LD embedded in the pages that describe one thing, parsed as a consumer would.</summary>
public sealed class LinkedDataTests(HubAppFactory hub)
{
    private const string Base = HubAppFactory.PublicBaseUrl;

    [Fact]
    public async Task An_organisation_page_describes_an_Organization_with_its_address_and_contact_point()
    {
        var data = await LinkedDataOf("/organisations/council-of-europe");

        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("Organization", data.GetProperty("@type").GetString());
        Assert.Equal($"{Base}/organisations/council-of-europe", data.GetProperty("url").GetString());
        Assert.Equal("Council of Europe", data.GetProperty("name").GetString());
        var address = data.GetProperty("address");
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal("Strasbourg Cedex", address.GetProperty("addressLocality").GetString());
        Assert.Equal("FR", address.GetProperty("addressCountry").GetString());
        var contact = data.GetProperty("contactPoint");
        Assert.Equal("ContactPoint", contact.GetProperty("@type").GetString());
        Assert.Equal("+33388412000", contact.GetProperty("telephone").GetString());
        Assert.Contains(data.GetProperty("subOrganization").EnumerateArray(),
            body => body.GetProperty("url").GetString() == $"{Base}/organisations/lanzarote-committee");
    }

    [Fact]
    public async Task The_french_page_describes_the_same_thing_in_french_at_its_french_address()
    {
        var data = await LinkedDataOf("/fr/organisations/council-of-europe");

        Assert.Equal("Conseil de l'Europe", data.GetProperty("name").GetString());
        Assert.Equal($"{Base}/fr/organisations/council-of-europe", data.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_instrument_page_describes_Legislation_with_identifier_date_and_jurisdiction()
    {
        var data = await LinkedDataOf("/instruments/lanzarote-convention");

        Assert.Equal("Legislation", data.GetProperty("@type").GetString());
        Assert.Equal("CETS No. 201", data.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("2007-07-12", data.GetProperty("legislationDate").GetString());
        Assert.Equal("Council of Europe", data.GetProperty("legislationJurisdiction").GetString());
        Assert.Equal("InForce", data.GetProperty("legislationLegalForce").GetString());
        Assert.NotEmpty(data.GetProperty("hasPart").EnumerateArray());
    }

    [Fact]
    public async Task A_report_is_a_Report_and_other_documents_are_CreativeWorks_each_with_publisher_and_date()
    {
        var report = await LinkedDataOf("/library/lanzarote-report-circle-of-trust-2025");
        Assert.Equal("Report", report.GetProperty("@type").GetString());
        Assert.Equal("2025-10-15", report.GetProperty("datePublished").GetString());
        Assert.Equal($"{Base}/organisations/lanzarote-committee", report.GetProperty("publisher").GetProperty("url").GetString());
        Assert.Contains(report.GetProperty("about").EnumerateArray(), about => about.GetProperty("@type").GetString() == "Legislation");

        var declaration = await LinkedDataOf("/library/lanzarote-declaration-emerging-technologies");
        Assert.Equal("CreativeWork", declaration.GetProperty("@type").GetString());
        Assert.True(declaration.TryGetProperty("datePublished", out _));
    }

    [Fact]
    public async Task Markup_in_content_cannot_close_the_script_element()
    {
        var slug = await hub.AddOrganisationAsync("Closing </script><script>alert(1)</script> & co");

        var html = await hub.CreateClient().GetStringAsync($"/organisations/{slug}");
        var data = await LinkedDataOf($"/organisations/{slug}");

        Assert.DoesNotContain("</script><script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal("Closing </script><script>alert(1)</script> & co", data.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_professionals_only_organisation_gives_anonymous_readers_no_linked_data_and_its_hidden_bodies_are_not_listed()
    {
        var hidden = await hub.AddOrganisationAsync("Linked data hidden body", visibility: Visibility.Professionals);

        var response = await hub.CreateClient().GetAsync($"/organisations/{hidden}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("application/ld+json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var professional = await LinkedDataOf($"/organisations/{hidden}", hub.CreateClientAs("Professional"));
        Assert.Equal("Linked data hidden body", professional.GetProperty("name").GetString());
    }

    private async Task<JsonElement> LinkedDataOf(string url, HttpClient? client = null)
    {
        var document = await (client ?? hub.CreateClient()).GetDocumentAsync(url);
        var block = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(block.TextContent).RootElement;
    }
}
