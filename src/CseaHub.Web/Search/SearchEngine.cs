using System.Net;
using CseaHub.Web.Domain.Editorial;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SimpleOperator = Lucene.Net.QueryParsers.Simple.Operator;

namespace CseaHub.Web.Search;

/// <summary>
/// Runs a search on this node's index: the reader's words across English and French fields (titles first), exact
/// references and acronyms, glossary equivalents; only entries the reader's view allows; facets counted over the same
/// hits; typo tolerance when the exact words find little; highlighted, HTML-escaped snippets.
/// </summary>
public sealed class SearchEngine(SearchIndexer indexer, GlossaryExpansion glossary)
{
    private const int SnippetLength = 180;
    private static readonly string[] Languages = ["en", "fr"];

    public async Task<SearchOutcome> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var index = await indexer.IndexAsync(cancellationToken);
        var text = request.Text?.Trim() ?? string.Empty;
        var expansions = text.Length > 0 ? await glossary.ExpandAsync(text, cancellationToken) : [];
        return Search(index, request, expansions);
    }

    /// <summary>The search itself, on a given index with the glossary expansions already found (also used by the benchmark).</summary>
    public static SearchOutcome Search(SearchIndex index, SearchRequest request, IReadOnlyList<Expansion> expansions)
    {
        var text = request.Text?.Trim() ?? string.Empty;
        return index.Search(searcher => Run(searcher, request, text, expansions, index.IsBuilt));
    }

    private static SearchOutcome Run(IndexSearcher searcher, SearchRequest request, string text, IReadOnlyList<Expansion> expansions, bool ready)
    {
        var filters = Filters(request);
        Query? match = text.Length > 0 ? Match(text, request.Language, expansions) : null;
        var (total, hits, facets) = Execute(searcher, request, match, filters);
        var approximate = false;
        var corrections = new Corrections(searcher.IndexReader, SearchFields.SpellFor(request.Viewer));
        if (text.Length > 0 && total < 3 && Fuzzy(text, corrections) is { } fuzzy)
        {
            var widened = new BooleanQuery { { match!, Occur.SHOULD }, { fuzzy, Occur.SHOULD } };
            var (fuzzyTotal, fuzzyHits, fuzzyFacets) = Execute(searcher, request, widened, filters);
            if (fuzzyTotal > total)
            {
                (total, hits, facets, approximate, match) = (fuzzyTotal, fuzzyHits, fuzzyFacets, true, widened);
            }
        }

        var didYouMean = text.Length > 0 && (total == 0 || approximate) ? Suggest(searcher.IndexReader, text, corrections) : null;
        var highlight = match is null ? null : Highlighting(match);
        var results = hits.Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, request.Language, highlight)).ToList();
        return new SearchOutcome(total, results, facets, expansions, didYouMean, approximate, ready);
    }

    private static (int Total, ScoreDoc[] Hits, IReadOnlyDictionary<string, IReadOnlyList<(string, int)>> Facets) Execute(
        IndexSearcher searcher, SearchRequest request, Query? match, IReadOnlyList<Query> filters)
    {
        var query = new BooleanQuery();
        query.Add(match ?? new MatchAllDocsQuery(), Occur.MUST);
        foreach (var filter in filters)
        {
            query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        if (request.ForAudience is { } audience && match is not null)
        {
            query.Add(new TermQuery(new Term(SearchFields.Facet(SearchFacets.Audience), audience)) { Boost = 1.5f }, Occur.SHOULD);
        }

        var facets = new FacetCounter();
        var (total, page) = match is null ? NewestFirst(searcher, query, request, facets) : MostRelevantFirst(searcher, query, request, facets);
        var counts = facets.Counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<(string, int)>)[.. f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => (v.Key, v.Value))]);
        return (total, page, counts);
    }

    private static (int Total, ScoreDoc[] Page) NewestFirst(IndexSearcher searcher, Query query, SearchRequest request, FacetCounter facets)
    {
        var newest = new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, true));
        var top = TopFieldCollector.Create(newest, request.Page * request.PageSize, null, false, false, false, false);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        return (top.TotalHits, top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize).ScoreDocs);
    }

    /// <summary>
    /// Relevance first, the newer item breaking ties. Scores are collected in document order (a sort on score and
    /// date costs a third more per hit), a few more than the page needs, then equal scores are put newest first.
    /// </summary>
    private static (int Total, ScoreDoc[] Page) MostRelevantFirst(IndexSearcher searcher, Query query, SearchRequest request, FacetCounter facets)
    {
        const int TieMargin = 20;
        var top = TopScoreDocCollector.Create((request.Page * request.PageSize) + TieMargin, docsScoredInOrder: true);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var dates = MultiDocValues.GetNumericValues(searcher.IndexReader, SearchFields.Date);
        var page = top.GetTopDocs().ScoreDocs
            .OrderByDescending(hit => hit.Score)
            .ThenByDescending(hit => dates?.Get(hit.Doc) ?? 0)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize);
        return (top.TotalHits, [.. page]);
    }

    private static List<Query> Filters(SearchRequest request)
    {
        var view = request.Viewer.IsVettedProfessional ? SearchFields.ProfessionalView : SearchFields.PublicView;
        List<Query> filters = [new TermQuery(new Term(SearchFields.View, view))];
        filters.AddRange(request.Filters.Select(f => new TermQuery(new Term(SearchFields.Facet(f.Key), f.Value))));
        return filters;
    }

    /// <summary>The words (all of them, in any field), the whole text as a phrase, exact references, glossary equivalents.</summary>
    private static BooleanQuery Match(string text, string language, IReadOnlyList<Expansion> expansions)
    {
        var match = new BooleanQuery();
        if (Parse(text, language, Languages) is { } words)
        {
            match.Add(words, Occur.SHOULD);
        }

        if (!text.Contains('"', StringComparison.Ordinal) && text.Contains(' ', StringComparison.Ordinal)
            && Parse($"\"{text}\"", language, Languages) is { } phrase)
        {
            phrase.Boost = 2;
            match.Add(phrase, Occur.SHOULD);
        }

        foreach (var window in IdentifierKey.Windows(text))
        {
            match.Add(new TermQuery(new Term(SearchFields.Identifier, window)) { Boost = 4 + (2 * window.Count(c => c == ' ')) }, Occur.SHOULD);
        }

        // An equivalent is looked for in its own language's fields only: an English term inside French text is rare,
        // and every extra term is one more lookup in every segment.
        foreach (var expansion in expansions)
        {
            foreach (var (names, reading) in new[] { (expansion.NamesEn, "en"), (expansion.NamesFr, "fr") })
            {
                foreach (var name in names.Where(expansion.IsOther))
                {
                    if (Parse($"\"{name.Replace('"', ' ')}\"", language, [reading]) is { } equivalent)
                    {
                        equivalent.Boost = 0.6f;
                        match.Add(equivalent, Occur.SHOULD);
                    }
                }
            }
        }

        return match;
    }

    /// <summary>
    /// The text read as English (title and body in English) or as French: each reading needs all its words in that
    /// language's fields, so an English stop word never has to appear in French text. The reader's language weighs more.
    /// Only double quotes mean something (a phrase); every other character is text. The simple parser is made for
    /// readers' input: it never throws, where the classic one throws and catches an exception at the end of every text.
    /// </summary>
    private static BooleanQuery? Parse(string text, string language, IEnumerable<string> languages)
    {
        var readings = new BooleanQuery();
        foreach (var reading in languages)
        {
            var weight = reading == language ? 1.2f : 1f;
            var boosts = new Dictionary<string, float>
            {
                [SearchFields.Title(reading)] = 3 * weight,
                [SearchFields.Body(reading)] = weight,
            };
            var parser = new SimpleQueryParser(SearchIndex.Analyzer, boosts, SimpleOperator.PHRASE_OPERATOR | SimpleOperator.WHITESPACE_OPERATOR)
            {
                DefaultOperator = Occur.MUST,
            };
            // Null, or an empty query, when the text is all stop words or punctuation.
            if (parser.Parse(text.ToLowerInvariant()) is { } query and not BooleanQuery { Clauses.Count: 0 })
            {
                readings.Add(query, Occur.SHOULD);
            }
        }

        return readings.Clauses.Count == 0 ? null : readings;
    }

    /// <summary>Typo tolerance: every word of five letters or more may be one or two edits off.</summary>
    private static BooleanQuery? Fuzzy(string text, Corrections corrections)
    {
        var words = Words(text);
        if (!words.Any(w => w.Length >= 5))
        {
            return null;
        }

        var query = new BooleanQuery { MinimumNumberShouldMatch = words.Count };
        foreach (var word in words)
        {
            query.Add(word.Length >= 5 ? corrections.For(word) : corrections.Exactly(word), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>"Did you mean": each word the reader's entries lack, replaced by the most common of their words a typo away.</summary>
    private static string? Suggest(IndexReader reader, string text, Corrections corrections)
    {
        var words = Words(text);
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length < 4 || corrections.Knows(words[i]))
            {
                continue;
            }

            var best = Terms(corrections.For(words[i])).GroupBy(t => t.Text, StringComparer.Ordinal)
                .OrderByDescending(near => near.Sum(reader.DocFreq)).ThenBy(near => near.Key, StringComparer.Ordinal).FirstOrDefault();
            if (best is not null)
            {
                words[i] = best.Key;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    private static IEnumerable<Term> Terms(Query query) => query switch
    {
        TermQuery term => [term.Term],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Terms(c.Query)),
        ConstantScoreQuery constant when constant.Query is not null => Terms(constant.Query),
        _ => [],
    };

    /// <summary>
    /// The indexed words a typo away from each of the reader's words (two edits from eight letters), looked up once per
    /// search: the typo-tolerant query and "did you mean" share them, as the lookup costs more than the search. Only the
    /// spelling fields of entries the reader may find are read.
    /// </summary>
    private sealed class Corrections(IndexReader reader, IReadOnlyList<string> fields)
    {
        private readonly Dictionary<string, Query> _byWord = new(StringComparer.Ordinal);

        public Query For(string word)
        {
            if (!_byWord.TryGetValue(word, out var near))
            {
                near = AnyField(field => new FuzzyQuery(new Term(field, word), word.Length >= 8 ? 2 : 1).Rewrite(reader));
                _byWord[word] = near;
            }

            return near;
        }

        public Query Exactly(string word) => AnyField(field => new TermQuery(new Term(field, word)));

        public bool Knows(string word) => fields.Any(field => reader.DocFreq(new Term(field, word)) > 0);

        private Query AnyField(Func<string, Query> query)
        {
            if (fields.Count == 1)
            {
                return query(fields[0]);
            }

            var any = new BooleanQuery();
            foreach (var field in fields)
            {
                any.Add(query(field), Occur.SHOULD);
            }

            return any;
        }
    }

    private static List<string> Words(string text) =>
        [.. IdentifierKey.Normalize(text.Replace('"', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit))];

    // Term scoring, not span scoring: phrases would make the highlighter index every hit's text again in memory,
    // which costs more than the search itself; marking the query's words is what a reader needs.
    private static Highlighter Highlighting(Query match) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(match))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
            MaxDocCharsToAnalyze = 20_000,
        };

    private static SearchHit ToHit(Lucene.Net.Documents.Document document, float score, string language, Highlighter? highlighter)
    {
        var title = new LocalisedText(Stored(document, SearchFields.TitleEn), Stored(document, SearchFields.TitleFr)).In(language);
        var body = new LocalisedText(Stored(document, SearchFields.BodyEn), Stored(document, SearchFields.BodyFr)).In(language);
        var field = SearchFields.Body(body.Language);
        var snippet = highlighter?.GetBestFragment(SearchIndex.Analyzer, field, body.Text);
        if (string.IsNullOrEmpty(snippet))
        {
            snippet = WebUtility.HtmlEncode(body.Text.Length <= SnippetLength ? body.Text : body.Text[..SnippetLength].TrimEnd() + "…");
        }

        return new SearchHit(
            Stored(document, SearchFields.Id).Split('|')[0],
            Stored(document, SearchFields.Facet(SearchFacets.Type)),
            Stored(document, SearchFields.Url),
            title,
            snippet,
            body.Language,
            float.IsNaN(score) ? 0 : score);
    }

    private static string Stored(Lucene.Net.Documents.Document document, string field) =>
        document.Get(field, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
