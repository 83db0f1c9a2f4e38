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

    // By position in SearchFacets.All; null where no document of the segment has a value in that dimension.
    private readonly Ordinals?[] _dimensions;

    private SegmentFacetOrdinals(AtomicReader reader) => _dimensions = [.. SearchFacets.All.Select(d => Read(reader, d))];

    /// <summary>The segment's arrays, read on first use (a new searcher reads them before any search needs them).</summary>
    public static SegmentFacetOrdinals Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => new SegmentFacetOrdinals(reader));

    /// <summary>The ordinals of the dimension at <paramref name="position"/> in <see cref="SearchFacets.All"/>.</summary>
    public Ordinals? At(int position) => _dimensions[position];

    private static Ordinals? Read(AtomicReader reader, string dimension)
    {
        var values = reader.GetSortedSetDocValues(SearchFields.Facet(dimension));
        if (values is null)
        {
            return null;
        }

        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ordinal);
            }
        }

        starts[reader.MaxDoc] = ordinals.Count;
        return new Ordinals(starts, [.. ordinals], (int)values.ValueCount);
    }

    /// <summary>Document d's ordinals are <c>Values[Starts[d]..Starts[d + 1]]</c>.</summary>
    internal sealed record Ordinals(int[] Starts, int[] Values, int ValueCount);
}
