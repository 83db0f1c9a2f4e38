using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Limits what one address can do per minute: try sign-in, registration, second-factor codes and suggestions
/// (<see cref="Accounts"/>), and run searches through the API (<see cref="Search"/>) or the search page
/// (<see cref="SearchPage"/>): the one read whose every distinct request costs real CPU. Other pages are not limited.
/// </summary>
public static class HubRateLimits
{
    public const string Accounts = "accounts";

    public const string Search = "search";

    /// <summary>The search page runs the same engine; it has a budget of its own, so a reader's page views and a script's API calls do not share one.</summary>
    public const string SearchPage = "search-page";

    /// <remarks>The limits (<c>RateLimits:AccountPostsPerMinute</c>, default 10; <c>RateLimits:SearchPerMinute</c>,
    /// default 600, 0 for none) are read when the options are first used, so settings added by a test host count.
    /// Refused requests get 429 with Retry-After; the API's answer is a problem details document.</remarks>
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perMinute = configuration.GetValue("RateLimits:AccountPostsPerMinute", 10);
            var searchesPerMinute = configuration.GetValue("RateLimits:SearchPerMinute", 600);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };

            // Only form posts count: showing the form again costs an attacker nothing.
            options.AddPolicy(Accounts, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
            foreach (var policy in new[] { Search, SearchPage })
            {
                options.AddPolicy(policy, context => searchesPerMinute > 0
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = searchesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            }
        });
        return services;
    }
}
