using Microsoft.AspNetCore.Diagnostics;

namespace CseaHub.Web.Infrastructure;

public static class HubInfrastructure
{
    public static WebApplicationBuilder AddHubInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<MarkdownRenderer>();

        // Accounts arrive with ASP.NET Core Identity (issue 6); until then no scheme signs anyone in, and every
        // reader is anonymous. The middleware is in place so visibility rules already read the real user.
        builder.Services.AddAuthentication();
        builder.Services.AddAuthorization();
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
        app.UseSecurityHeaders();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages
            .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = _ => StatusCodes.Status500InternalServerError })
            .UseStatusCodePagesWithReExecute("/error/{0}"));
        // Culture first: French pages link their assets under /fr too, since links keep the path base.
        app.UseCultureFromPath();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
