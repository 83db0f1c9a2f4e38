using System.Data.Common;
using CseaHub.Web.Data;
using CseaHub.Web.Pages.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Search;

/// <summary>
/// Keeps this node's index in step with the database by following the change feed from the index's checkpoint: it
/// builds the index when there is none (the hub serves meanwhile), then applies each batch of changes within a fraction
/// of a second of their commit. Several nodes each follow the same feed into their own index.
/// </summary>
public sealed partial class SearchIndexer(
    IServiceScopeFactory scopes,
    HubDataOptions options,
    GlossaryExpansion glossary,
    FacetLabelCache labels,
    BodyLabelCache bodyNames,
    IOutputCacheStore answers,
    Infrastructure.Caching.FrontCache frontAnswers,
    ILogger<SearchIndexer> logger)
    : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // How many of the feed's last changes a rebuild looks through for a gap an open transaction may still fill.
    private const int RebuildGapWindow = 1000;

    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ChangeFeedGaps _gaps = new();
    private SearchIndex? _index;

    /// <summary>The index, once opened (a request arriving before that waits for it).</summary>
    public async Task<SearchIndex> IndexAsync(CancellationToken cancellationToken)
    {
        await _opened.Task.WaitAsync(cancellationToken);
        return _index!;
    }

    /// <summary>The change-feed position this node's index reflects; null until the index is open, -1 until it is built.</summary>
    public long? Checkpoint => _index?.Checkpoint;

    /// <summary>The latest change in the database minus the index's checkpoint: 0 when the index is current.</summary>
    public async Task<long> LagAsync(CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var latest = await LatestChangeAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), cancellationToken);
        return Math.Max(0, latest - index.Checkpoint);
    }

    /// <summary>Waits until every change committed before the call is searchable (tests and tools).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (await LagAsync(cancellationToken) > 0)
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            _index = SearchIndex.OpenIn(options.DataDirectory, logger);
            _opened.SetResult();
        }
        catch (Exception exception)
        {
            _opened.SetException(exception);
            throw;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!_index.IsBuilt)
                {
                    await RebuildAsync(_index, stoppingToken);
                }

                if (await ApplyChangesAsync(_index, stoppingToken) < BatchSize)
                {
                    await Task.Delay(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException)
            {
                // The database may be briefly away (restart, failover): keep serving the index we have and retry.
                LogFollowFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    /// <summary>Builds the index from scratch: everything the database holds, at the feed position read first.</summary>
    public async Task RebuildAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        // Read the position first: changes made during the rebuild are applied again afterwards, which is harmless.
        var position = await ContiguousEndAsync(db, cancellationToken);
        var builder = new IndexEntryBuilder(db);
        index.DeleteAll();
        var items = await builder.AllAsync(cancellationToken);
        await ReplaceAsync(index, builder, items, cancellationToken);

        glossary.Invalidate();
        bodyNames.Clear();
        index.Compact();
        await CommitAsync(index, position, cancellationToken);
        _gaps.Reset();
        LogRebuilt(logger, items.Count, position);
    }

    /// <summary>
    /// The last change before the first gap near the feed's end, or its end: a gap may be a transaction still open
    /// (see <see cref="ChangeFeedGaps"/>), whose changes the rebuild cannot have read. The changes after the position
    /// are applied again once the rebuild is done.
    /// </summary>
    private static async Task<long> ContiguousEndAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var recent = await db.ContentChanges.OrderByDescending(c => c.Id).Take(RebuildGapWindow).Select(c => c.Id)
            .ToListAsync(cancellationToken);
        recent.Reverse();
        var beforeGap = recent.Zip(recent.Skip(1)).FirstOrDefault(pair => pair.Second != pair.First + 1);
        return beforeGap == default ? recent.LastOrDefault() : beforeGap.First;
    }

    private async Task<int> ApplyChangesAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var checkpoint = index.Checkpoint;
        await _gaps.ProbeAsync(db, cancellationToken);

        // The row at the checkpoint comes along, so one query tells whether the feed still holds the index's position.
        var rows = await db.ContentChanges.AsNoTracking().Where(c => c.Id >= checkpoint).OrderBy(c => c.Id).Take(BatchSize + 1)
            .ToListAsync(cancellationToken);
        if (checkpoint > 0 && (rows.Count == 0 || rows[0].Id != checkpoint))
        {
            // It does not: the database was restored from a backup (or replaced). Start again from it.
            LogFeedBehindIndex(logger, checkpoint);
            await RebuildAsync(index, cancellationToken);
            return 0;
        }

        var applicable = _gaps.Applicable(checkpoint, rows.Where(r => r.Id > checkpoint));
        if (applicable.Count == 0)
        {
            return 0;
        }

        var builder = new IndexEntryBuilder(db);
        var changed = applicable.Select(c => (c.EntityType, c.Key)).Distinct().ToList();
        foreach (var item in changed.ToList())
        {
            changed.AddRange(await builder.DependentsAsync(item.EntityType, item.Key, cancellationToken));
        }

        if (changed.Exists(c => c.EntityType == Domain.Editorial.ContentTypes.GlossaryTerm))
        {
            glossary.Invalidate();
        }

        // Before the commit, as the other labels: once the index shows a change, no name read before it is served.
        bodyNames.Forget(changed.Where(c => c.EntityType == Domain.Editorial.ContentTypes.Organisation).Select(c => c.Key));
        await ReplaceAsync(index, builder, changed, cancellationToken);
        await CommitAsync(index, applicable[^1].Id, cancellationToken);
        return applicable.Count;
    }

    /// <summary>Replaces the entries of every item given, reading the items a batch of one type at a time.</summary>
    private static async Task ReplaceAsync(
        SearchIndex index, IndexEntryBuilder builder, IEnumerable<(string Type, string Key)> items, CancellationToken cancellationToken)
    {
        foreach (var ofType in items.Distinct().GroupBy(i => i.Type))
        {
            foreach (var batch in ofType.Select(i => i.Key).Chunk(IndexEntryBuilder.BatchSize))
            {
                foreach (var (key, entries) in await builder.BuildAsync(ofType.Key, batch, cancellationToken))
                {
                    index.Replace(IndexEntry.OwnerOf(ofType.Key, key), entries);
                }
            }
        }
    }

    private async Task CommitAsync(SearchIndex index, long position, CancellationToken cancellationToken)
    {
        // Labels are dropped before the commit: once the index shows a change, no cached label predates it. Cached
        // answers are keyed by the checkpoint and can no longer be served after it; dropping them frees the memory.
        labels.Invalidate();
        index.Commit(position);
        frontAnswers.Clear();
        await answers.EvictByTagAsync(ContentCachePolicy.Tag, cancellationToken);
    }

    private static async Task<long> LatestChangeAsync(HubDbContext db, CancellationToken cancellationToken) =>
        await db.ContentChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    public override void Dispose()
    {
        _index?.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Items} items, change feed position {Position}")]
    private static partial void LogRebuilt(ILogger logger, int items, long position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change feed no longer holds the index's position {Checkpoint}: the database was restored or replaced; rebuilding the index")]
    private static partial void LogFeedBehindIndex(ILogger logger, long checkpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following the change feed failed; retrying")]
    private static partial void LogFollowFailed(ILogger logger, Exception exception);
}
