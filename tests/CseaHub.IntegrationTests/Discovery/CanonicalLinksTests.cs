using System.Net;

namespace CseaHub.IntegrationTests.Discovery;

public sealed class CanonicalLinksTests(HubAppFactory hub)
{
    private const string Base = HubAppFactory.PublicBaseUrl;

    [Theory]
    [InlineData("/organisations/europol?utm_source=mail", "/organisations/europol", "/fr/organisations/europol")]
    [InlineData("/fr/instruments/lanzarote-convention", "/instruments/lanzarote-convention", "/fr/instruments/lanzarote-convention")]
    [InlineData("/", "/", "/fr")]
    public async Task A_page_names_its_canonical_address_and_both_language_versions_absolutely(string url, string english, string french)
    {
        var document = await hub.CreateClient().GetDocumentAsync(url);

        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.Equal(Base + (url.StartsWith("/fr", StringComparison.Ordinal) ? french : english), canonical);
        Assert.Equal(Base + english, Href(document, "en"));
        Assert.Equal(Base + french, Href(document, "fr"));
        Assert.Equal(Base + english, Href(document, "x-default"));
    }

    [Fact]
    public async Task Search_results_ask_not_to_be_indexed_and_claim_no_canonical_address()
    {
        var document = await hub.CreateClient().GetDocumentAsync("/search?q=europol");

        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task An_error_page_claims_no_canonical_address()
    {
        var response = await hub.CreateClient().GetAsync("/organisations/no-such-organisation");
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }

    private static string? Href(AngleSharp.Html.Dom.IHtmlDocument document, string language) =>
        document.QuerySelector($"link[rel=alternate][hreflang={language}]")?.GetAttribute("href");
}
