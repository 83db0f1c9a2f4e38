using CseaHub.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CseaHub.Web.Search;

public static class HubSearch
{
    private const long DefaultCacheMiB = 32;

    public static WebApplicationBuilder AddHubSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GlossaryExpansion>();
        builder.Services.AddSingleton<Pages.Search.FacetLabelCache>();
        builder.Services.AddSingleton<Pages.Search.BodyLabelCache>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<SearchIndexer>());
        builder.Services.AddSingleton<SearchEngine>();
        builder.Services.AddOutputCache(options =>
        {
            // /countries/FR redirects to /countries/fr: a case-blind key would answer it with the kept page.
            options.UseCaseSensitivePaths = true;
            ContentCachePolicy.Register(options);
        });

        // Pages and answers are 5–230 KB: the default keeps about a thousand of them. The cache is the largest share of
        // the hub's live memory after a busy hour (issue 10 budgets 400 MB for the whole process).
        // Checked on start: a mistyped size stops the hub with the setting's name, not every request later.
        builder.Services.AddOptions<OutputCacheOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMiB", DefaultCacheMiB) * 1024L * 1024)
            .Validate(options => options.SizeLimit > 0, "OutputCache:SizeLimitMiB must be a positive number of MiB.")
            .ValidateOnStart();

        // The front copies of the answers read most (FrontCacheMiddleware); FrontCache:SizeLimitMiB 0 turns them off.
        builder.Services.AddOptions<FrontCacheOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.SizeLimit = configuration.GetValue("FrontCache:SizeLimitMiB", FrontCacheOptions.DefaultSizeLimitMiB) * 1024L * 1024)
            .Validate(options => options.SizeLimit >= 0, "FrontCache:SizeLimitMiB must be 0 (off) or a positive number of MiB.")
            .ValidateOnStart();
        builder.Services.AddSingleton(provider =>
            new FrontCache(provider.GetRequiredService<IOptions<FrontCacheOptions>>().Value, ContentCachePolicy.Lifetime, TimeProvider.System));
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index");
        return builder;
    }
}

/// <summary>
/// The index's state for a load balancer: healthy when built and within a few changes of the database, degraded while
/// it builds or catches up (the node still serves pages), with the lag in the answer.
/// </summary>
internal sealed class SearchIndexHealthCheck(SearchIndexer indexer) : IHealthCheck
{
    private const long TolerableLag = 100;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            var index = await indexer.IndexAsync(timeout.Token);
            var lag = await indexer.LagAsync(timeout.Token);
            var data = new Dictionary<string, object> { ["checkpoint"] = index.Checkpoint, ["lag"] = lag };
            return index.IsBuilt && lag <= TolerableLag
                ? HealthCheckResult.Healthy("The search index follows the database.", data)
                : HealthCheckResult.Degraded(index.IsBuilt ? "The search index is catching up." : "The search index is being built.", data: data);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("The search index is not open yet.");
        }
    }
}
