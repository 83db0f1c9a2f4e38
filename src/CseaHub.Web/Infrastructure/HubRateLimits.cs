using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Limits what an attacker can try per minute from one address: sign-in, registration, second-factor codes and
/// suggestions (<see cref="Accounts"/>). Reading is never limited here.
/// </summary>
public static class HubRateLimits
{
    public const string Accounts = "accounts";

    /// <remarks>The limit (<c>RateLimits:AccountPostsPerMinute</c>, default 10) is read when the options are first used, so
    /// settings added by a test host count.</remarks>
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perMinute = configuration.GetValue("RateLimits:AccountPostsPerMinute", 10);
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
        });
        return services;
    }
}
