namespace CseaHub.IntegrationTests;

/// <summary>Reads for tests of the output cache (pages, the API, search).</summary>
internal static class CachedReads
{
    /// <summary>
    /// Two reads at one feed position, of <paramref name="url"/> made unique (the address read is returned). Other tests
    /// write in parallel and each write moves the position (a new cache key), so a pair with a write between its reads
    /// is tried again. Both reads carry the <paramref name="acceptEncoding"/> given, if any.
    /// </summary>
    public static async Task<(HttpResponseMessage First, HttpResponseMessage Second, string Url)> ReadTwiceAsync(
        this HubAppFactory hub, HttpClient client, string url, string? acceptEncoding = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            await hub.SearchCaughtUpAsync();
            var unique = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "attempt=" + Guid.NewGuid().ToString("N");
            var first = await client.SendAsync(EncodedRequests.Get(unique, acceptEncoding));
            var second = await client.SendAsync(EncodedRequests.Get(unique, acceptEncoding));
            Assert.False(first.Headers.Age.HasValue);
            if (second.Headers.Age.HasValue || attempt == 5)
            {
                return (first, second, unique);
            }
        }
    }
}
