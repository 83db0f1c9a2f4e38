using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CseaHub.Web.Search;

/// <summary>
/// One segment's facet values as plain arrays (for each document, the ordinals of its values in each dimension), read
/// from doc values once per segment and kept while the segment lives. Counting a hit is then a few array reads
/// instead of a doc-values cursor per dimension, which is what made facets the costliest part of a broad search.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    // Keyed on the segment's core: reopening the index with new deletions keeps the same core, and so the same arrays.
    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals> Segments = new();

    private readonly ConcurrentDictionary<string, Ordinals?> _dimensions = new(StringComparer.Ordinal);
    private readonly AtomicReader _reader;

    private SegmentFacetOrdinals(AtomicReader reader) => _reader = reader;

    public static SegmentFacetOrdinals Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => new SegmentFacetOrdinals(reader));

    /// <summary>The ordinals of one dimension; null when no document of the segment has a value in it.</summary>
    public Ordinals? For(string dimension) => _dimensions.GetOrAdd(dimension, Read);

    private Ordinals? Read(string dimension)
    {
        var values = _reader.GetSortedSetDocValues(SearchFields.Facet(dimension));
        if (values is null)
        {
            return null;
        }

        var starts = new int[_reader.MaxDoc + 1];
        var ordinals = new List<int>(_reader.MaxDoc);
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ordinal);
            }
        }

        starts[_reader.MaxDoc] = ordinals.Count;
        return new Ordinals(starts, [.. ordinals], (int)values.ValueCount);
    }

    /// <summary>Document d's ordinals are <c>Values[Starts[d]..Starts[d + 1]]</c>.</summary>
    internal sealed record Ordinals(int[] Starts, int[] Values, int ValueCount);
}
