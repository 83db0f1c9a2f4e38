using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Infrastructure.Caching;
using CseaHub.Web.Infrastructure.Mail;
using CseaHub.Web.Infrastructure.Malloc;
using Microsoft.AspNetCore.Diagnostics;

namespace CseaHub.Web.Infrastructure;

public static class HubInfrastructure
{
    public static WebApplicationBuilder AddHubInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler(options => options.StatusCodeSelector = StatusCodeFor);
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<PublicLinks>();

        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHubIdentity();
        builder.Services.AddHubMail();
        builder.Services.AddHubRateLimits();
        builder.Services.AddReverseProxy();
        builder.Services.AddHubCompression();
        builder.Services.AddHostedService<MallocUpkeep>();
        if (builder.Configuration["Logging:Format"] == "json")
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        return builder;
    }

    /// <summary>
    /// API requests get RFC 9457 problem details for errors and bare status codes; pages get a friendly page that
    /// never shows exception details.
    /// </summary>
    public static WebApplication UseHubInfrastructure(this WebApplication app)
    {
        // First: everything after it must see the client's address and scheme, not the proxy's.
        app.UseReverseProxy();
        app.UseSecurityHeaders();

        // Browsers that once reached the hub over HTTPS keep to it for a year (HTTPS answers only; never localhost).
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Before everything a page needs only when it is rendered: a repeated anonymous read is answered here.
        app.UseFrontCache();

        // Culture before the error handlers, so a re-executed error page speaks the reader's language; and before the
        // static files, since French pages link their assets under /fr (links keep the path base).
        app.UseCultureFromPath();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusCodeFor })
            .UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseHubStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        // A signed-in reader may be shown professionals-only content: no shared cache may keep it.
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.Headers.CacheControl = "no-cache, no-store";
            }

            await next(context);
        });

        // After authentication: the cache must know who asks (it never keeps a signed-in reader's answers).
        app.UseCoalescedRequestRetry();
        app.UseOutputCache();

        // Inside the output cache, which keeps a page once per encoding a reader can get (ContentCachePolicy): a page
        // is compressed when it is rendered, not at every reading. Compressing each cache hit served browsers a fifth
        // of the pages a second that clients asking for no encoding got (the profile, 5,238 against 26,996).
        app.UseHubPageCompression();

        // Inside the output cache: an answer is hashed once and kept with its tag, and the cache answers If-None-Match
        // from the stored tag itself. Hashing every cache hit again halved the read API's throughput.
        app.UseEntityTags(IsMachineReadable);
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // The content API tags answers with the file's version itself (what If-Match must name), not with a hash of them.
    private static bool IsMachineReadable(HttpContext context) =>
        MachineReadable.Any(prefix => context.Request.Path.StartsWithSegments(prefix)) && !context.Request.Path.StartsWithSegments(Api.ContentApi.Path);

    private static readonly string[] MachineReadable = ["/api/v1", "/openapi", "/feeds", "/sitemap.xml", "/sitemaps", "/robots.txt"];

    // A request Kestrel or the form reader could not parse (malformed, too large) is the client's error, not ours.
    private static int StatusCodeFor(Exception exception) => exception switch
    {
        BadHttpRequestException badRequest => badRequest.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
