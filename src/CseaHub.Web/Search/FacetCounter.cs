using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CseaHub.Web.Search;

/// <summary>
/// Counts facet values over every hit of a query, from the doc-values of each segment (Lucene.Net.Facet is not
/// available here). Counting by ordinal per segment and naming the ordinals once per segment keeps it cheap.
/// </summary>
internal sealed class FacetCounter(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[dimensions.Count];
    // Counts by ordinal for the current segment: one array per dimension, as long as the segment's value list.
    private readonly int[]?[] _segmentCounts = new int[]?[dimensions.Count];

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
        for (var d = 0; d < dimensions.Count; d++)
        {
            _values[d] = context.AtomicReader.GetSortedSetDocValues(SearchFields.Facet(dimensions[d]));
            _segmentCounts[d] = _values[d] is { } values ? new int[values.ValueCount] : null;
        }
    }

    public void Collect(int doc)
    {
        for (var d = 0; d < _values.Length; d++)
        {
            if (_values[d] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            var counts = _segmentCounts[d]!;
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ordinal]++;
            }
        }
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var d = 0; d < _values.Length; d++)
        {
            if (_values[d] is not { } values)
            {
                continue;
            }

            var counts = _segmentCounts[d]!;
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
            _values[d] = null;
        }
    }
}
