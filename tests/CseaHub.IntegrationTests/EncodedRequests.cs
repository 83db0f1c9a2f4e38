namespace CseaHub.IntegrationTests;

/// <summary>Requests that ask for an encoding as a browser does.</summary>
internal static class EncodedRequests
{
    /// <summary>A GET of <paramref name="url"/> with <paramref name="acceptEncoding"/> as its Accept-Encoding header, as written; none if null.</summary>
    public static HttpRequestMessage Get(string url, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return request;
    }
}
