using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Search;

namespace CseaHub.UnitTests.Search;

public sealed class SearchEngineTests : IDisposable
{
    private readonly SearchIndex _index = SearchIndex.InMemory();

    [Fact]
    public void Equal_scores_put_the_newer_item_first()
    {
        _index.Replace("document:older", [Entry("older", "Preservation order", new DateOnly(2015, 3, 1))]);
        _index.Replace("document:newer", [Entry("newer", "Preservation order", new DateOnly(2024, 6, 1))]);
        _index.Replace("document:undated", [Entry("undated", "Preservation order", null)]);
        _index.Commit(1);

        var outcome = Search("preservation order");

        Assert.Equal(["document:newer", "document:older", "document:undated"], outcome.Hits.Select(h => h.Key));
    }

    [Fact]
    public void Pages_follow_one_another_without_repeating_or_skipping_a_result()
    {
        for (var n = 0; n < 35; n++)
        {
            _index.Replace($"document:{n}", [Entry($"{n}", $"Subscriber information {string.Concat(Enumerable.Repeat("request ", n % 4))}", new DateOnly(2000 + n, 1, 1))]);
        }

        _index.Commit(1);

        var pages = Enumerable.Range(1, 4).Select(page => Search("subscriber information", page: page, pageSize: 10)).ToList();

        Assert.All(pages, page => Assert.Equal(35, page.Total));
        var keys = pages.SelectMany(p => p.Hits).Select(h => h.Key).ToList();
        Assert.Equal(35, keys.Count);
        Assert.Equal(35, keys.Distinct().Count());
        var scores = pages.SelectMany(p => p.Hits).Select(h => h.Score).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void Facet_counts_cover_every_hit_across_segments_and_forget_replaced_values()
    {
        _index.Replace("document:a", [Entry("a", "Traffic data", null, countries: ["FR", "DE"])]);
        _index.Replace("document:b", [Entry("b", "Traffic data", null, countries: ["FR"])]);
        _index.Commit(1);
        _index.Replace("document:c", [Entry("c", "Traffic data", null, countries: ["RO"])]);
        _index.Replace("document:b", [Entry("b", "Traffic data", null, countries: ["IT"])]);
        _index.Commit(2);

        var outcome = Search("traffic data", pageSize: 1);

        Assert.Equal(3, outcome.Total);
        Assert.Equal([("DE", 1), ("FR", 1), ("IT", 1), ("RO", 1)], outcome.Facets[SearchFacets.Country]);
        Assert.Equal([(SearchTypes.Document, 3)], outcome.Facets[SearchFacets.Type]);
    }

    [Fact]
    public void Without_words_the_newest_items_come_first()
    {
        _index.Replace("document:older", [Entry("older", "Guidance note", new DateOnly(2019, 1, 1))]);
        _index.Replace("document:newer", [Entry("newer", "Opinion", new DateOnly(2025, 1, 1))]);
        _index.Commit(1);

        Assert.Equal(["document:newer", "document:older"], Search(string.Empty).Hits.Select(h => h.Key));
    }

    [Fact]
    public void A_misspelt_word_finds_the_item_and_suggests_the_indexed_spelling()
    {
        _index.Replace("document:p", [Entry("p", "Expedited preservation of stored computer data", null)]);
        _index.Commit(1);

        var outcome = Search("preservaton");

        Assert.True(outcome.Approximate);
        Assert.Equal(["document:p"], outcome.Hits.Select(h => h.Key));
        Assert.Equal("preservation", outcome.DidYouMean);
    }

    [Fact]
    public void A_typo_is_corrected_into_a_professionals_only_word_for_professionals_alone()
    {
        _index.Replace("document:open", [Entry("open", "Preservation orders", null)]);
        _index.Replace("document:closed", [Entry("closed", "Undercover operation codename", null) with { Views = [SearchFields.ProfessionalView] }]);
        _index.Commit(1);

        var anonymous = Search("codenmae");
        var professional = Search("codenmae", viewer: new Viewer(IsVettedProfessional: true));

        Assert.Null(anonymous.DidYouMean);
        Assert.Empty(anonymous.Hits);
        Assert.Equal("codename", professional.DidYouMean);
        Assert.Equal(["document:closed"], professional.Hits.Select(h => h.Key));
        Assert.Equal("preservation", Search("preservaton", viewer: new Viewer(IsVettedProfessional: true)).DidYouMean);
    }

    public void Dispose() => _index.Dispose();

    private SearchOutcome Search(string text, int page = 1, int pageSize = 10, Viewer? viewer = null) =>
        SearchEngine.Search(_index, new SearchRequest(text, new Dictionary<string, string>(), null, "en", viewer ?? Viewer.Anonymous, page, pageSize), []);

    private static IndexEntry Entry(string slug, string title, DateOnly? date, IReadOnlyList<string>? countries = null) =>
        new($"document:{slug}", $"document:{slug}", SearchTypes.Document, $"/library/{slug}", new LocalisedText(title), new LocalisedText(title), [],
            new Dictionary<string, IReadOnlyList<string>> { [SearchFacets.Type] = [SearchTypes.Document], [SearchFacets.Country] = countries ?? [] },
            date)
        {
            Views = [SearchFields.PublicView],
        };
}
