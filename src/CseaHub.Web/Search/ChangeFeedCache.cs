using System.Collections.Concurrent;

namespace CseaHub.Web.Search;

/// <summary>
/// Values read from the database for search (facet labels, glossary concepts), kept until the search indexer sees a
/// change in the feed and drops them, before it commits. A value whose read began before a drop is stored under the
/// generation it began in and never served after it, so a read racing a change cannot bring stale values back.
/// </summary>
public class ChangeFeedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Generation, TValue Value)> _entries = new();
    private long _generation;

    public async Task<TValue> GetOrLoadAsync(TKey key, Func<Task<TValue>> load)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation)
        {
            return entry.Value;
        }

        var value = await load();
        _entries[key] = (generation, value);
        return value;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
