using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace CseaHub.UnitTests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("cseahub-index-").FullName;

    [Fact]
    public void The_checkpoint_is_saved_with_the_index_and_read_back_on_open()
    {
        using (var index = SearchIndex.Open(_path, NullLogger.Instance))
        {
            Assert.False(index.IsBuilt);
            index.Replace("organisation:test", [Entry()]);
            index.Commit(42);
        }

        using var reopened = SearchIndex.Open(_path, NullLogger.Instance);
        Assert.Equal(42, reopened.Checkpoint);
        Assert.Equal(1, reopened.Search(searcher => searcher.Search(new MatchAllDocsQuery(), 10).TotalHits));
    }

    [Fact]
    public void A_damaged_index_is_thrown_away_and_reported_as_needing_a_rebuild()
    {
        using (var index = SearchIndex.Open(_path, NullLogger.Instance))
        {
            index.Replace("organisation:test", [Entry()]);
            index.Commit(7);
        }

        foreach (var file in Directory.GetFiles(_path))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        using var recovered = SearchIndex.Open(_path, NullLogger.Instance);
        Assert.False(recovered.IsBuilt);
        Assert.Equal(0, recovered.Search(searcher => searcher.Search(new MatchAllDocsQuery(), 10).TotalHits));
    }

    [Fact]
    public void An_index_of_an_earlier_layout_is_emptied_and_reported_as_needing_a_rebuild()
    {
        // The commit an index written before layouts were recorded holds: a checkpoint, no layout.
        using (var directory = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(HubAnalyzers.Version, SearchIndex.Analyzer)))
        {
            writer.AddDocument(new Document { new StringField(SearchFields.Owner, "organisation:test", Field.Store.NO) });
            writer.SetCommitData(new Dictionary<string, string> { ["checkpoint"] = "42" });
            writer.Commit();
        }

        using var reopened = SearchIndex.Open(_path, NullLogger.Instance);
        Assert.False(reopened.IsBuilt);
        Assert.Equal(0, reopened.Search(searcher => searcher.Search(new MatchAllDocsQuery(), 10).TotalHits));
    }

    [Fact]
    public void Replacing_an_item_removes_all_its_previous_entries()
    {
        using var index = SearchIndex.InMemory();
        index.Replace("instrument:test", [Entry("instrument:test"), Entry("article:test:1"), Entry("article:test:2")]);
        index.Commit(1);
        index.Replace("instrument:test", [Entry("instrument:test")]);
        index.Commit(2);

        Assert.Equal(1, index.Search(searcher => searcher.Search(new TermQuery(new Term(SearchFields.Owner, "instrument:test")), 10).TotalHits));
    }

    public void Dispose() => Directory.Delete(_path, recursive: true);

    private static IndexEntry Entry(string id = "organisation:test") =>
        new(id, id.StartsWith("organisation", StringComparison.Ordinal) ? "organisation:test" : "instrument:test", SearchTypes.Organisation, "/x",
            new LocalisedText("Title"), new LocalisedText("Body"), [], new Dictionary<string, IReadOnlyList<string>>(), null)
        {
            Views = [SearchFields.PublicView],
        };
}
