using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace CseaHub.Web.Infrastructure.Caching;

/// <summary>
/// Copies of the public answers the output cache keeps, for <see cref="FrontCacheMiddleware"/> to serve before the rest
/// of the pipeline runs. The indexer drops them all (<see cref="Clear"/>) each time it commits a change, as it evicts
/// the output cache's answers: a request keeps its copy only in the generation it began in, so nothing read before a
/// change is kept after it.
/// </summary>
/// <remarks>
/// Bounded by <see cref="SizeLimit"/> bytes: when an entry would not fit, the generation starts again empty, and the
/// answers read most come back at their next reading (from the output cache, which still holds them).
/// </remarks>
public sealed class FrontCache(FrontCacheOptions options, TimeSpan lifetime, TimeProvider time)
{
    private FrontCacheGeneration _current = new();

    public long SizeLimit { get; } = options.SizeLimit;

    /// <summary>The headers that keep a request away from the front (<see cref="FrontCacheOptions.CredentialHeaders"/>).</summary>
    public string[] CredentialHeaders { get; } = [.. options.CredentialHeaders];

    /// <summary>The largest answer kept: a sixteenth of the space, so one large page cannot empty it at every reading.</summary>
    public int EntryLimit => (int)Math.Min(int.MaxValue, SizeLimit / 16);

    public int Count => Current.Count;

    /// <summary>The copies kept since the last change; a request reads and adds to the one current when it began.</summary>
    public FrontCacheGeneration Current => Volatile.Read(ref _current);

    /// <summary>The entry kept for <paramref name="key"/> and how long ago it was rendered, if it is not too old.</summary>
    public bool TryGet(FrontCacheGeneration generation, in FrontCacheKey key, out FrontCacheEntry entry, out TimeSpan age)
    {
        if (generation.TryGet(key, out entry))
        {
            age = time.GetUtcNow() - entry.Rendered;
            if (age < lifetime)
            {
                return true;
            }

            // Out of date: its place is free for the copy the next reading takes.
            generation.Remove(key, entry);
        }

        entry = null!;
        age = default;
        return false;
    }

    /// <summary>
    /// Keeps <paramref name="body"/> in <paramref name="generation"/>, unless <see cref="Clear"/> has replaced it since the
    /// request began: what was read then may be out of date.
    /// </summary>
    /// <remarks>An answer the output cache served is <paramref name="age"/> old already: it expires as the output cache's copy does.</remarks>
    public void Add(FrontCacheGeneration generation, in FrontCacheKey key, KeyValuePair<string, StringValues>[] headers, byte[] body, TimeSpan age)
    {
        if (body.Length > EntryLimit || age >= lifetime)
        {
            return;
        }

        var entry = new FrontCacheEntry(headers, body, time.GetUtcNow() - age);
        while (Volatile.Read(ref _current) == generation && !generation.TryAdd(key, entry, SizeLimit))
        {
            // Full: a fresh generation takes its place (unless a clear already did).
            var fresh = new FrontCacheGeneration();
            if (Interlocked.CompareExchange(ref _current, fresh, generation) != generation)
            {
                return;
            }

            generation = fresh;
        }
    }

    /// <summary>
    /// Drops every copy: called after the index commits a change (or a rebuild from a restored database), so a request
    /// that began before it, and may have read the content as it was, finds its generation replaced.
    /// </summary>
    public void Clear() => Volatile.Write(ref _current, new FrontCacheGeneration());
}

/// <summary>The answers kept between two changes.</summary>
public sealed class FrontCacheGeneration
{
    private readonly ConcurrentDictionary<FrontCacheKey, FrontCacheEntry> _entries = new();
    private long _bytes;

    public int Count => _entries.Count;

    public bool TryGet(in FrontCacheKey key, out FrontCacheEntry entry) => _entries.TryGetValue(key, out entry!);

    public void Remove(in FrontCacheKey key, FrontCacheEntry entry)
    {
        if (_entries.TryRemove(KeyValuePair.Create(key, entry)))
        {
            Interlocked.Add(ref _bytes, -entry.Size);
        }
    }

    /// <summary>False when the entry would take the generation over <paramref name="sizeLimit"/> bytes.</summary>
    public bool TryAdd(in FrontCacheKey key, FrontCacheEntry entry, long sizeLimit)
    {
        if (Interlocked.Add(ref _bytes, entry.Size) > sizeLimit)
        {
            Interlocked.Add(ref _bytes, -entry.Size);
            return false;
        }

        if (!_entries.TryAdd(key, entry))
        {
            // A concurrent reading of the same address kept it first; its copy is as good.
            Interlocked.Add(ref _bytes, -entry.Size);
        }

        return true;
    }
}

/// <summary>
/// What tells two requests apart before routing: the address as asked (path case included: <c>/countries/FR</c> is a
/// redirect) and the Accept-Encoding header as sent, which decides the encoding the output cache kept.
/// </summary>
public readonly record struct FrontCacheKey(string Scheme, string Host, string PathBase, string Path, string Query, string AcceptEncoding);

/// <summary>A kept answer: always a 200, its headers as the pipeline set them, the bytes as sent, and when it was rendered.</summary>
public sealed record FrontCacheEntry(KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTimeOffset Rendered)
{
    // The body, the header strings (UTF-16) and the objects around them, roughly.
    public long Size { get; } = Body.Length + 256 + Headers.Sum(h => 2L * (h.Key.Length + h.Value.ToString().Length) + 64);
}
