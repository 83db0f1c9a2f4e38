using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CseaHub.Web.Search;

/// <summary>
/// Counts facet values over every hit of a query (Lucene.Net.Facet is not available here): by ordinal per segment,
/// from the segment's cached ordinal arrays, naming the ordinals once per segment. Every dimension of
/// <see cref="SearchFacets.All"/> is counted.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private static readonly IReadOnlyList<string> Dimensions = SearchFacets.All;

    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        Dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly SegmentFacetOrdinals.Ordinals?[] _ordinals = new SegmentFacetOrdinals.Ordinals?[Dimensions.Count];
    // Counts by ordinal for the current segment: one array per dimension, as long as the segment's value list.
    private readonly int[]?[] _segmentCounts = new int[]?[Dimensions.Count];
    private AtomicReader? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = context.AtomicReader;
        var segment = SegmentFacetOrdinals.Of(_segment);
        for (var d = 0; d < Dimensions.Count; d++)
        {
            _ordinals[d] = segment.At(d);
            _segmentCounts[d] = _ordinals[d] is { } ordinals ? new int[ordinals.ValueCount] : null;
        }
    }

    public void Collect(int doc)
    {
        for (var d = 0; d < _ordinals.Length; d++)
        {
            if (_ordinals[d] is not { } ordinals)
            {
                continue;
            }

            var counts = _segmentCounts[d]!;
            for (var i = ordinals.Starts[doc]; i < ordinals.Starts[doc + 1]; i++)
            {
                counts[ordinals.Values[i]]++;
            }
        }
    }

    private void FlushSegment()
    {
        if (_segment is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var d = 0; d < _ordinals.Length; d++)
        {
            if (_segmentCounts[d] is not { } counts)
            {
                continue;
            }

            var values = _segment.GetSortedSetDocValues(SearchFields.Facet(Dimensions[d]));
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] == 0)
                {
                    continue;
                }

                values.LookupOrd(ordinal, term);
                var name = term.Utf8ToString();
                _counts[Dimensions[d]][name] = _counts[Dimensions[d]].GetValueOrDefault(name) + counts[ordinal];
            }

            _segmentCounts[d] = null;
            _ordinals[d] = null;
        }

        _segment = null;
    }
}
