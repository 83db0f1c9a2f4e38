using System.Collections.Concurrent;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Pages.Search;

/// <summary>
/// The names of organisations shown as facet values or chosen as filters, by kind of reader: read from the database the
/// first time a search needs them, only those, and forgotten one by one as the change feed names their organisations.
/// The rest of the vocabulary is small and is read again whole after any change; reading every organisation's name
/// again at each change was 40% of all the hub's allocations under a publish a second with 20,000 organisations.
/// A name that is not found (no such organisation, or hidden from the reader) is not kept, so made-up slugs in filter
/// parameters cannot grow the cache.
/// </summary>
public sealed class BodyLabelCache
{
    private readonly ConcurrentDictionary<(bool Vetted, string Slug), LocalisedText> _names = new();
    private long _generation;

    /// <summary>The names of <paramref name="slugs"/> the reader may see, <paramref name="load"/> reading those not kept.</summary>
    public async Task<IReadOnlyDictionary<string, LocalisedText>> GetOrLoadAsync(
        bool vetted,
        IEnumerable<string> slugs,
        Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, LocalisedText>>> load)
    {
        var names = new Dictionary<string, LocalisedText>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var slug in slugs.Distinct(StringComparer.Ordinal))
        {
            if (_names.TryGetValue((vetted, slug), out var name))
            {
                names[slug] = name;
            }
            else
            {
                missing.Add(slug);
            }
        }

        if (missing.Count == 0)
        {
            return names;
        }

        var generation = Interlocked.Read(ref _generation);
        var loaded = await load(missing);
        foreach (var (slug, name) in loaded)
        {
            names[slug] = name;
            _names[(vetted, slug)] = name;
        }

        // An organisation forgotten while its name was being read may have been read before its change: keeping it
        // would serve the old name (or a name now hidden) until the next change. Dropping a fresher one costs a read.
        if (Interlocked.Read(ref _generation) != generation)
        {
            foreach (var (slug, name) in loaded)
            {
                _names.TryRemove(KeyValuePair.Create((vetted, slug), name));
            }
        }

        return names;
    }

    /// <summary>Drops the names of these organisations for every reader; the next search that needs them reads them.</summary>
    public void Forget(IEnumerable<string> slugs)
    {
        // The indexer calls this at every commit; one that names no organisation must not void the names being read.
        var forgotten = slugs.ToList();
        if (forgotten.Count == 0)
        {
            return;
        }

        Interlocked.Increment(ref _generation);
        foreach (var slug in forgotten)
        {
            _names.TryRemove((true, slug), out _);
            _names.TryRemove((false, slug), out _);
        }
    }

    /// <summary>Drops every name (the index was rebuilt: any organisation may have changed).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _names.Clear();
    }
}
