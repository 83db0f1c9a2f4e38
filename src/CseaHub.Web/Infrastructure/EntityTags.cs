using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Strong ETags for machine-read answers (API, OpenAPI document, feeds, sitemap), computed from the bytes sent, so a
/// client that already holds them gets 304 Not Modified and no body. Hashing the answer rather than tracking versions
/// keeps the tag right for every filter, page and viewer (a professional's answer has its own tag).
/// </summary>
internal static class EntityTags
{
    public static IApplicationBuilder UseEntityTags(this IApplicationBuilder app, Func<HttpContext, bool> applies) =>
        app.UseWhen(context => HttpMethods.IsGet(context.Request.Method) && applies(context), tagged => tagged.Use(TagAsync));

    private static async Task TagAsync(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(buffer)[..18])}\"");
            context.Response.Headers.ETag = tag.ToString();
            if (Matches(context.Request, tag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ContentType = default;
                return;
            }

            // Only a full answer gets a length: an empty error must stay open for the status-code pages' problem details.
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
        }

        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    // RFC 9110 §13.1.2: If-None-Match compares weakly, and "*" matches any current representation.
    private static bool Matches(HttpRequest request, EntityTagHeaderValue current) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
}
