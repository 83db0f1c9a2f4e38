using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace CseaHub.Web.Search;

/// <summary>
/// Public pages and API answers kept in this node's output cache, keyed by the change-feed position this node's search
/// index has reached: every save of content writes to the feed, so an answer computed before a change is never served
/// once the node has seen it (within a poll of the commit), and the indexer drops the old answers when it commits.
/// The framework's default rules still apply on top: only anonymous GET requests (no Authorization header) with a 200
/// answer that sets no cookie are cached, so nothing a vetted professional or a staff token sees is ever kept.
/// </summary>
/// <remarks>
/// Pages read the database, not the index, and the index lags the database by a poll: an answer stored just after a
/// commit, under the position before it, already shows the change, and is replaced at the next position anyway. Pages
/// that depend on the day (the navigator's default date) are kept 10 minutes at most.
/// </remarks>
internal sealed class ContentCachePolicy : IOutputCachePolicy
{
    public const string Name = "content";
    public const string Tag = "content";

    /// <summary>How long an answer is kept at most: pages that depend on the day (the navigator's default date) change daily.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static void Register(OutputCacheOptions options) =>
        options.AddPolicy(Name, builder => builder.AddPolicy<ContentCachePolicy>());

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // While the index is being built, the feed position is unknown and search answers change by the second.
        var checkpoint = context.HttpContext.RequestServices.GetRequiredService<SearchIndexer>().Checkpoint;
        if (checkpoint is null or < 0)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        // A request whose first try waited on a rendering that was cancelled renders itself (see CoalescedRequestRetry).
        context.AllowLocking = !Infrastructure.CoalescedRequestRetry.RendersAlone(context.HttpContext);
        context.CacheVaryByRules.VaryByValues["feed"] = checkpoint.Value.ToString(CultureInfo.InvariantCulture);
        if (Infrastructure.HubCompression.PageEncoding(context.HttpContext) is { } encoding)
        {
            context.CacheVaryByRules.VaryByValues["encoding"] = encoding;
        }

        context.Tags.Add(Tag);
        context.ResponseExpirationTimeSpan = Lifetime;
        return ValueTask.CompletedTask;
    }

    // Read at least twice: the front cache takes a copy (a page read once would only take its space).
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        Infrastructure.Caching.FrontCacheCandidate.MarkServedFromOutputCache(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
