using System.Collections.Frozen;
using System.Globalization;
using CseaHub.Web.Search;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CseaHub.Web.Infrastructure.Caching;

/// <summary>
/// Serves an anonymous reader's repeated request from <see cref="FrontCache"/> before culture, error handling, routing,
/// rate limits, authentication and the output cache run: each of them cost a cache hit time, and together they held
/// the hub to three quarters of a bare endpoint's throughput for the same bytes. A request it cannot answer goes
/// through the pipeline as before, and its answer is copied when the output cache serves it (the second reading).
/// </summary>
/// <remarks>
/// Only a plain GET is answered here: no cookie (a signed-in reader, or one with a form's anti-forgery token), no
/// Authorization header (an API token), no Origin (CORS answers depend on it), no conditional or range header (the
/// output cache answers those), no file extension (the static files). A search answered here again does not count
/// against the address's search limit: it costs nothing to run.
/// </remarks>
internal static class FrontCacheMiddleware
{
    // Set by the server for each answer, or describing one transfer: never replayed.
    private static readonly FrozenSet<string> NotKept = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        HeaderNames.Date, HeaderNames.Server, HeaderNames.Age, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.SetCookie);

    // An answer lives ten minutes at most: its age in seconds is one of these, written once rather than at every answer.
    private static readonly string[] AgeTexts = [.. Enumerable.Range(0, 601).Select(seconds => seconds.ToString(CultureInfo.InvariantCulture))];

    public static IApplicationBuilder UseFrontCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<FrontCache>();
        if (cache.SizeLimit == 0)
        {
            return app;
        }

        var indexer = app.ApplicationServices.GetRequiredService<SearchIndexer>();
        return app.Use((context, next) =>
        {
            // Before the index is built the output cache keeps nothing either (ContentCachePolicy).
            if (!IsPlainRead(context.Request, cache.CredentialHeaders) || indexer.Checkpoint is not >= 0)
            {
                return next(context);
            }

            var key = KeyOf(context.Request);
            var generation = cache.Current;
            return cache.TryGet(generation, key, out var entry, out var age)
                ? ServeAsync(context.Response, entry, age)
                : ReadAndKeepAsync(context, next, cache, generation, key);
        });
    }

    private static bool IsPlainRead(HttpRequest request, string[] credentialHeaders)
    {
        var headers = request.Headers;
        foreach (var credential in credentialHeaders)
        {
            if (headers.ContainsKey(credential))
            {
                return false;
            }
        }

        return HttpMethods.IsGet(request.Method)
            && !Path.HasExtension(request.Path.Value)
            && StringValues.IsNullOrEmpty(headers.Origin)
            && StringValues.IsNullOrEmpty(headers.IfNoneMatch)
            && StringValues.IsNullOrEmpty(headers.IfModifiedSince)
            && StringValues.IsNullOrEmpty(headers.IfMatch)
            && StringValues.IsNullOrEmpty(headers.IfUnmodifiedSince)
            && StringValues.IsNullOrEmpty(headers.IfRange)
            && StringValues.IsNullOrEmpty(headers.Range);
    }

    private static string AgeText(long seconds) =>
        seconds < AgeTexts.Length ? AgeTexts[seconds] : seconds.ToString(CultureInfo.InvariantCulture);

    private static FrontCacheKey KeyOf(HttpRequest request) => new(
        request.Scheme, request.Host.Value ?? string.Empty, request.PathBase.Value ?? string.Empty, request.Path.Value ?? string.Empty,
        request.QueryString.Value ?? string.Empty, request.Headers.AcceptEncoding.ToString());

    private static async Task ServeAsync(HttpResponse response, FrontCacheEntry entry, TimeSpan age)
    {
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in entry.Headers)
        {
            headers[name] = value;
        }

        // As the output cache does: how long ago the answer was rendered, for proxies and for readers' tools.
        headers.Age = AgeText((long)age.TotalSeconds);

        response.ContentLength = entry.Body.Length;
        await response.Body.WriteAsync(entry.Body);
    }

    private static async Task ReadAndKeepAsync(
        HttpContext context, RequestDelegate next, FrontCache cache, FrontCacheGeneration generation, FrontCacheKey key)
    {
        var candidate = new FrontCacheCandidate();
        var server = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var copy = new CopyingStream(server.Stream, cache.EntryLimit, candidate);
        var body = new StreamResponseBodyFeature(copy, server);
        context.Features.Set(candidate);
        context.Features.Set<IHttpResponseBodyFeature>(body);
        try
        {
            await next(context);
            await body.CompleteAsync();
        }
        finally
        {
            context.Features.Set(server);
            context.Features.Set<FrontCacheCandidate>(null);
        }

        var response = context.Response;
        if (candidate.ServedFromOutputCache
            && response.StatusCode == StatusCodes.Status200OK
            && copy.CopiedBytes() is { } bytes
            && (response.ContentLength is null || response.ContentLength == bytes.Length)
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && context.User.Identity?.IsAuthenticated != true)
        {
            // A copy the output cache served has already lived part of its time there.
            var age = long.TryParse(response.Headers.Age, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
            cache.Add(generation, key, [.. response.Headers.Where(header => !NotKept.Contains(header.Key))], bytes, age);
        }
    }
}

/// <summary>
/// Set on a request <see cref="FrontCacheMiddleware"/> may copy. The output cache's policy marks it when the cache serves
/// the answer from its copy: the front copies only what the output cache judged fit for everyone, and only once it has
/// been read twice, so pages read once (a crawler's) do not take its space.
/// </summary>
internal sealed class FrontCacheCandidate
{
    public bool ServedFromOutputCache { get; private set; }

    public static void MarkServedFromOutputCache(HttpContext context)
    {
        if (context.Features.Get<FrontCacheCandidate>() is { } candidate)
        {
            candidate.ServedFromOutputCache = true;
        }
    }
}
