using System.Net;
using System.Text.RegularExpressions;

namespace CseaHub.IntegrationTests.Pages;

/// <summary>
/// Pages stay light on a poor connection: compressed, every page's HTML with its stylesheet (the hub has no script)
/// is under 100 KB transferred, and the stylesheet's fingerprinted address may be cached for a year.
/// </summary>
public sealed partial class PageWeightTests(HubAppFactory hub)
{
    private const int Budget = 100 * 1024;

    [Theory]
    [InlineData("/")]
    [InlineData("/organisations")]
    [InlineData("/organisations/council-of-europe")]
    [InlineData("/instruments/budapest-convention")]
    [InlineData("/fr/instruments/budapest-convention")]
    [InlineData("/countries/fr")]
    [InlineData("/library")]
    [InlineData("/monitoring")]
    [InlineData("/search?q=grooming")]
    [InlineData("/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28")]
    [InlineData("/cooperation/grid?from=FR&region=eu&date=2026-11-28")]
    [InlineData("/glossary")]
    public async Task A_page_with_its_stylesheet_is_compressed_under_100_KB(string url)
    {
        var client = hub.CreateClient();
        var page = await GetCompressedAsync(client, url);
        var html = await hub.CreateClient().GetStringAsync(url);
        var stylesheet = await GetCompressedAsync(client, Stylesheet().Match(html).Groups["href"].Value);

        var transferred = page.Length + stylesheet.Length;

        Assert.True(transferred < Budget, $"{url}: {transferred:N0} bytes transferred (page {page.Length:N0}, stylesheet {stylesheet.Length:N0})");
    }

    [Fact]
    public async Task The_fingerprinted_stylesheet_is_cached_for_a_year()
    {
        var html = await hub.CreateClient().GetStringAsync("/");
        var href = Stylesheet().Match(html).Groups["href"].Value;

        using var response = await hub.CreateClient().GetAsync(href);

        Assert.Contains("?v=", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/suggest")]
    [InlineData("/api/v1/organisations/council-of-europe")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/updates.atom")]
    public async Task A_page_with_an_anti_forgery_token_or_an_answer_with_an_etag_is_never_compressed(string url)
    {
        using var response = await SendAsync(hub.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static async Task<byte[]> GetCompressedAsync(HttpClient client, string url)
    {
        using var response = await SendAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url)
    {
        using var request = EncodedRequests.Get(url, "br, gzip");
        return await client.SendAsync(request);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Stylesheet();
}
