using Scalar.AspNetCore;

namespace CseaHub.Web.Api;

/// <summary>
/// The browsable API reference (Scalar) at <c>/api/docs</c>, served from the hub itself (no CDN, no web fonts). Its
/// page starts itself with an inline module script, so that page alone allows scripts carrying its per-request
/// nonce, and inline styles (the reference injects its own); every other page keeps the strict policy.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api/docs";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), reference => reference.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
                {
                    context.Response.Headers.ContentSecurityPolicy =
                        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
                }

                return Task.CompletedTask;
            });
            await next(context);
        }));
        app.MapScalarApiReference(Path, options => options
            .WithTitle("CseaHub API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .WithNonce());
        return app;
    }
}
