namespace CseaHub.Web.Discovery;

/// <summary>What machines use to find and follow the hub's content: robots.txt, sitemaps and Atom feeds.</summary>
public static class HubDiscovery
{
    public static WebApplicationBuilder AddHubDiscovery(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PublicCatalogue>();
        builder.Services.AddScoped<PublicFeeds>();
        builder.Services.AddScoped<FeedWriter>();
        return builder;
    }

    public static WebApplication MapHubDiscovery(this WebApplication app)
    {
        app.MapSitemaps();
        app.MapAtomFeeds();
        return app;
    }
}
