using System.Net;
using CseaHub.Web.Domain.Editorial;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CseaHub.Web.Search;

/// <summary>
/// Runs a search on this node's index: the reader's words across English and French fields (titles first), exact
/// references and acronyms, glossary equivalents; only entries the reader's view allows; facets counted over the same
/// hits; typo tolerance when the exact words find little; highlighted, HTML-escaped snippets.
/// </summary>
public sealed class SearchEngine(SearchIndexer indexer, GlossaryExpansion glossary)
{
    private const int SnippetLength = 180;

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
        if (text.Length > 0 && total < 3 && Fuzzy(text) is { } fuzzy)
        {
            var widened = new BooleanQuery { { match!, Occur.SHOULD }, { fuzzy, Occur.SHOULD } };
            var (fuzzyTotal, fuzzyHits, fuzzyFacets) = Execute(searcher, request, widened, filters);
            if (fuzzyTotal > total)
            {
                (total, hits, facets, approximate, match) = (fuzzyTotal, fuzzyHits, fuzzyFacets, true, widened);
            }
        }

        var didYouMean = text.Length > 0 && (total == 0 || approximate) ? Suggest(searcher.IndexReader, text) : null;
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

        // Relevance first, the newer item breaking ties; without words, newest first.
        var byDate = new SortField(SearchFields.Date, SortFieldType.INT64, true);
        var sort = match is null ? new Sort(byDate, SortField.FIELD_SCORE) : new Sort(SortField.FIELD_SCORE, byDate);
        var top = TopFieldCollector.Create(sort, request.Page * request.PageSize, null, true, true, false, false);
        var facets = new FacetCounter(SearchFacets.All);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var page = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize).ScoreDocs;
        var counts = facets.Counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<(string, int)>)[.. f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => (v.Key, v.Value))]);
        return (top.TotalHits, page, counts);
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
        if (Parse(Escape(text), language, Operator.AND) is { } words)
        {
            match.Add(words, Occur.SHOULD);
        }

        if (!text.Contains('"', StringComparison.Ordinal) && text.Contains(' ', StringComparison.Ordinal)
            && Parse($"\"{QueryParserBase.Escape(text.ToLowerInvariant())}\"", language, Operator.AND) is { } phrase)
        {
            phrase.Boost = 2;
            match.Add(phrase, Occur.SHOULD);
        }

        foreach (var window in IdentifierKey.Windows(text))
        {
            match.Add(new TermQuery(new Term(SearchFields.Identifier, window)) { Boost = 4 + (2 * window.Count(c => c == ' ')) }, Occur.SHOULD);
        }

        foreach (var name in expansions.SelectMany(e => e.OtherNames))
        {
            if (Parse($"\"{QueryParserBase.Escape(name.ToLowerInvariant())}\"", language, Operator.AND) is { } equivalent)
            {
                equivalent.Boost = 0.6f;
                match.Add(equivalent, Occur.SHOULD);
            }
        }

        return match;
    }

    /// <summary>
    /// The text read as English (title and body in English) or as French: each reading needs all its words in that
    /// language's fields, so an English stop word never has to appear in French text. The reader's language weighs more.
    /// </summary>
    private static BooleanQuery? Parse(string escaped, string language, Operator defaultOperator)
    {
        var readings = new BooleanQuery();
        foreach (var reading in new[] { "en", "fr" })
        {
            var weight = reading == language ? 1.2f : 1f;
            var boosts = new Dictionary<string, float>
            {
                [SearchFields.Title(reading)] = 3 * weight,
                [SearchFields.Body(reading)] = weight,
            };
            var parser = new MultiFieldQueryParser(HubAnalyzers.Version, [.. boosts.Keys], SearchIndex.Analyzer, boosts)
            {
                DefaultOperator = defaultOperator,
            };
            try
            {
                var query = parser.Parse(escaped);
                if (query is not BooleanQuery { Clauses.Count: 0 })
                {
                    readings.Add(query, Occur.SHOULD);
                }
            }
            catch (ParseException)
            {
                // Escaped input always parses; a query of stop words alone leaves nothing to search for.
            }
        }

        return readings.Clauses.Count == 0 ? null : readings;
    }

    /// <summary>
    /// The reader's text as literal words: Lucene syntax is escaped, operators lower-cased; balanced double quotes
    /// keep their meaning as phrases.
    /// </summary>
    internal static string Escape(string text)
    {
        var lower = text.ToLowerInvariant();
        var parts = lower.Split('"');
        if (parts.Length % 2 == 0)
        {
            return QueryParserBase.Escape(lower);
        }

        return string.Concat(parts.Select((part, i) => i % 2 == 1 ? $" \"{QueryParserBase.Escape(part)}\" " : QueryParserBase.Escape(part)));
    }

    /// <summary>Typo tolerance: every word of five letters or more may be one or two edits off.</summary>
    private static BooleanQuery? Fuzzy(string text)
    {
        var words = Words(text);
        if (!words.Any(w => w.Length >= 5))
        {
            return null;
        }

        var query = new BooleanQuery { MinimumNumberShouldMatch = words.Count };
        foreach (var word in words)
        {
            var term = new Term(SearchFields.Spell, word);
            query.Add(word.Length >= 5 ? new FuzzyQuery(term, word.Length >= 8 ? 2 : 1) : new TermQuery(term), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>"Did you mean": each word the index lacks, replaced by the most common indexed word a typo away.</summary>
    private static string? Suggest(IndexReader reader, string text)
    {
        var words = Words(text);
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length < 4 || reader.DocFreq(new Term(SearchFields.Spell, words[i])) > 0)
            {
                continue;
            }

            var candidates = new FuzzyQuery(new Term(SearchFields.Spell, words[i]), words[i].Length >= 8 ? 2 : 1).Rewrite(reader);
            var best = Terms(candidates).OrderByDescending(reader.DocFreq).ThenBy(t => t.Text, StringComparer.Ordinal).FirstOrDefault();
            if (best is not null)
            {
                words[i] = best.Text;
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
