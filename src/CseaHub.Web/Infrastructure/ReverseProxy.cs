using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy (nginx, a load balancer) every request comes from the proxy. The proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> are trusted to say who the client is (X-Forwarded-For) and whether it used HTTPS
/// (X-Forwarded-Proto), so rate limits, the audit log, secure cookies and HSTS see the real client. With no proxy
/// configured the headers are ignored: anyone could send them.
/// </summary>
public static class ReverseProxy
{
    /// <remarks>The proxies are read when the options are first used (not while services are added), so settings a
    /// test host adds count; with none, the middleware is not used at all.</remarks>
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in KnownProxies(configuration))
            {
                options.KnownProxies.Add(proxy);
            }
        });
        return services;
    }

    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        if (KnownProxies(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<IPAddress> KnownProxies(IConfiguration configuration) =>
        [.. (configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            .Select(text => IPAddress.TryParse(text, out var address) ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies holds '{text}', which is not an IP address."))];
}
