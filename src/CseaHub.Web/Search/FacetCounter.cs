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
    private readonly Dictionary<long, int>[] _segmentCounts = [.. dimensions.Select(_ => new Dictionary<long, int>())];

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
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[d][ordinal] = _segmentCounts[d].GetValueOrDefault(ordinal) + 1;
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

            foreach (var (ordinal, count) in _segmentCounts[d])
            {
                values.LookupOrd(ordinal, term);
                var name = term.Utf8ToString();
                _counts[dimensions[d]][name] = _counts[dimensions[d]].GetValueOrDefault(name) + count;
            }

            _segmentCounts[d].Clear();
            _values[d] = null;
        }
    }
}
