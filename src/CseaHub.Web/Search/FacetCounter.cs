using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CseaHub.Web.Search;

/// <summary>
/// Counts facet values over every hit of a query (Lucene.Net.Facet is not available here): by ordinal per segment,
/// from the segment's cached ordinal arrays, naming the ordinals once per segment.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly SegmentFacetOrdinals.Ordinals?[] _ordinals = new SegmentFacetOrdinals.Ordinals?[dimensions.Count];
    // Counts by ordinal for the current segment: one array per dimension, as long as the segment's value list.
    private readonly int[]?[] _segmentCounts = new int[]?[dimensions.Count];
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
        for (var d = 0; d < dimensions.Count; d++)
        {
            _ordinals[d] = segment.For(dimensions[d]);
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

            var values = _segment.GetSortedSetDocValues(SearchFields.Facet(dimensions[d]));
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] == 0)
                {
                    continue;
                }

                values.LookupOrd(ordinal, term);
                var name = term.Utf8ToString();
                _counts[dimensions[d]][name] = _counts[dimensions[d]].GetValueOrDefault(name) + counts[ordinal];
            }

            _segmentCounts[d] = null;
            _ordinals[d] = null;
        }

        _segment = null;
    }
}
