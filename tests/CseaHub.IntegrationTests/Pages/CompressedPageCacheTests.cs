using System.IO.Compression;
using System.Net;

namespace CseaHub.IntegrationTests.Pages;

/// <summary>
/// The output cache keeps a page once per encoding a reader gets, compressed when it is rendered, so a cache hit is
/// sent as it was kept, not compressed again.
/// </summary>
public sealed class CompressedPageCacheTests(HubAppFactory hub)
{
    private const string Page = "/organisations/council-of-europe";

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData(null, "identity")]
    public async Task A_page_is_kept_and_served_in_the_encoding_the_reader_accepts(string? acceptEncoding, string expected)
    {
        var (first, second, url) = await hub.ReadTwiceAsync(hub.CreateClient(), Page, acceptEncoding);
        var identity = await hub.CreateClient().GetStringAsync(url, TestContext.Current.CancellationToken);

        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity");
            Assert.Equal(identity, await DecodedAsync(response, expected));
        }

        Assert.True(second.Headers.Age.HasValue, "the second answer should come from the output cache");
    }

    [Fact]
    public async Task A_reader_asking_for_another_encoding_is_not_sent_the_copy_kept_for_brotli()
    {
        var (first, second, url) = await hub.ReadTwiceAsync(hub.CreateClient(), Page, "br");
        first.Dispose();
        second.Dispose();

        using var plain = await hub.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        using var gzip = await hub.CreateClient().SendAsync(EncodedRequests.Get(url, "gzip"), TestContext.Current.CancellationToken);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
    }

    private static async Task<string> DecodedAsync(HttpResponseMessage response, string encoding)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
            Stream decoded = encoding switch
            {
                "br" => new BrotliStream(body, CompressionMode.Decompress),
                "gzip" => new GZipStream(body, CompressionMode.Decompress),
                _ => body,
            };
            using var reader = new StreamReader(decoded);
            return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }
    }
}
