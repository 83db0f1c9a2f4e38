using System.IO.Compression;
using CseaHub.Web.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for the stylesheet and for what everyone reads, so a page stays light on a poor connection; and a
/// year's immutable caching for assets whose address carries their content hash (asp-append-version).
/// </summary>
/// <remarks>
/// Pages are compressed when the output cache keeps them for everyone (<see cref="IsKeptForEveryone"/>): the same rule
/// that keeps a page with a reader's anti-forgery token out of the cache keeps a secret from sitting beside text a third
/// party chooses (BREACH). So never: pages of signed-in readers (their sign-out form's token), accounts, the back office,
/// the suggestion form. Nor the API, feeds and sitemaps: their ETag names the uncompressed bytes.
/// </remarks>
internal static class HubCompression
{
    public static IServiceCollection AddHubCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });

        // The default levels, not the fastest: a page is compressed once per rendering (inside the output cache), and the
        // fastest brotli compresses each of the writer's 16 KB pieces on its own. The instrument page (191 KB): 45,503
        // bytes at the fastest, 31,180 at this level, 1.4 ms once; a 24 KB profile 7,748 → 6,074 bytes, 0.2 ms.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Before the static files: compresses them (no secrets there) and marks fingerprinted ones immutable.</summary>
    public static WebApplication UseHubStaticFiles(this WebApplication app)
    {
        // Only a name with an extension is looked for on disk: the static files serve known content types only, so a
        // page's address (none has an extension) never costs a file system call.
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value) && app.Environment.WebRootFileProvider.GetFileInfo(context.Request.Path.Value!).Exists,
            assets => assets.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = MarkFingerprintedImmutable });
        return app;
    }

    /// <summary>Inside the output cache: compresses the pages kept for everyone.</summary>
    public static WebApplication UseHubPageCompression(this WebApplication app)
    {
        app.UseWhen(IsKeptForEveryone, pages => pages.UseResponseCompression());
        return app;
    }

    /// <summary>
    /// The encoding a request's page will be sent in ("br", "gzip", "identity"), for the output cache to keep one copy
    /// per encoding; <see langword="null"/> for what is never compressed (the API, feeds, signed-in readers' pages).
    /// </summary>
    /// <remarks>
    /// The response compression's own choice from the request's Accept-Encoding, so the cache varies by what is sent
    /// and not by the header's wording: every browser's list of encodings falls into one of three copies.
    /// </remarks>
    public static string? PageEncoding(HttpContext context)
    {
        if (!IsKeptForEveryone(context))
        {
            return null;
        }

        var compression = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? "identity"
            : "identity";
    }

    /// <summary>An anonymous reader's request for a page that <see cref="Pages.HubPages"/> marks as kept until the content changes.</summary>
    private static bool IsKeptForEveryone(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == ContentCachePolicy.Name;

    private static void MarkFingerprintedImmutable(StaticFileResponseContext file)
    {
        if (file.Context.Request.Query.ContainsKey("v"))
        {
            file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    }
}
