using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace CseaHub.Web.Search;

/// <summary>
/// Search answers (page and API) kept in this node's output cache, keyed by the index state they were computed from:
/// the index checkpoint is part of the key, so an answer computed before a change is never served after it, and the
/// indexer drops the old answers when it commits. The framework's default rules still apply on top: only anonymous
/// GET requests with a 200 answer and no cookie are cached, so nothing a vetted professional sees is ever kept.
/// </summary>
internal sealed class SearchCachePolicy : IOutputCachePolicy
{
    public const string Name = "search";
    public const string Tag = "search";

    public static void Register(OutputCacheOptions options) =>
        options.AddPolicy(Name, builder => builder.AddPolicy<SearchCachePolicy>());

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // While the index is being built, answers are incomplete and change by the second: compute every one.
        var checkpoint = context.HttpContext.RequestServices.GetRequiredService<SearchIndexer>().Checkpoint;
        if (checkpoint is null or < 0)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        context.CacheVaryByRules.VaryByValues["index"] = checkpoint.Value.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(Tag);
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
