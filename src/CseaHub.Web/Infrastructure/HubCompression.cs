using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for the stylesheet and for what everyone reads, so a page stays light on a poor connection; and a
/// year's immutable caching for assets whose address carries their content hash (asp-append-version).
/// </summary>
/// <remarks>
/// Never compressed: a response that may carry a secret beside text a third party chooses (BREACH), that is the pages of
/// signed-in readers (their sign-out form's anti-forgery token) and the pages with forms that post. The API is not
/// compressed either: its ETag names the uncompressed bytes.
/// </remarks>
internal static class HubCompression
{
    private static readonly string[] FormAreas = ["/account", "/admin", "/suggest", "/api"];

    public static IServiceCollection AddHubCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });

        // The fastest levels: a 20 KB page compresses to a fifth in well under a millisecond.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Before the static files: compresses them (no secrets there) and marks fingerprinted ones immutable.</summary>
    public static WebApplication UseHubStaticFiles(this WebApplication app)
    {
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), assets => assets.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = MarkFingerprintedImmutable });
        return app;
    }

    /// <summary>After authentication, before the output cache: compresses pages that carry no secret.</summary>
    public static WebApplication UseHubPageCompression(this WebApplication app)
    {
        app.UseWhen(IsPublicRead, pages => pages.UseResponseCompression());
        return app;
    }

    private static bool IsPublicRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && !FormAreas.Any(area => context.Request.Path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase))
        && !Path.HasExtension(context.Request.Path.Value);

    private static void MarkFingerprintedImmutable(StaticFileResponseContext file)
    {
        if (file.Context.Request.Query.ContainsKey("v"))
        {
            file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    }
}
