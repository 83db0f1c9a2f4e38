using System.Globalization;
using CseaHub.Web.Domain.Editorial;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CseaHub.Web.Search;

/// <summary>
/// This node's Lucene index, derived from the database: one writer, near-real-time searchers, and the change-feed
/// checkpoint stored in each commit, so the index and the position it has reached are saved together.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private const string CheckpointKey = "checkpoint";
    private const string LayoutKey = "layout";

    /// <summary>
    /// What the documents hold, saved with each commit: an index of another layout is rebuilt, never read, since its
    /// fields may mean something else. 2: the words of professionals-only entries have a spelling field of their own.
    /// </summary>
    private const string Layout = "2";
    private static readonly DateOnly Epoch = new(2000, 1, 1);

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    private SearchIndex(LuceneDirectory directory, IndexWriter writer, long checkpoint)
    {
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new WarmingSearcherFactory());
        Checkpoint = checkpoint;
    }

    public static Analyzer Analyzer { get; } = HubAnalyzers.Create();

    /// <summary>The last change-feed row reflected in the index; -1 while the index has never been built.</summary>
    public long Checkpoint { get; private set; }

    public bool IsBuilt => Checkpoint >= 0;

    /// <summary>
    /// Opens the index in <paramref name="path"/>, or starts an empty one (to be rebuilt) when there is none or it
    /// cannot be read: a damaged index is thrown away, never trusted.
    /// </summary>
    public static SearchIndex Open(string path, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(path);
        try
        {
            return OpenExisting(FSDirectory.Open(path));
        }
        catch (Exception exception) when (exception is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or EndOfStreamException or FileNotFoundException or IOException and not LockObtainFailedException)
        {
            LogUnreadable(logger, exception, path);
            foreach (var file in System.IO.Directory.EnumerateFiles(path))
            {
                File.Delete(file);
            }

            return OpenExisting(FSDirectory.Open(path));
        }
    }

    /// <summary>The index kept in a hub's data directory (a node's own, never shared).</summary>
    public static SearchIndex OpenIn(string dataDirectory, ILogger logger) => Open(System.IO.Path.Combine(dataDirectory, "index"), logger);

    /// <summary>A throwaway in-memory index (tests).</summary>
    public static SearchIndex InMemory() => OpenExisting(new RAMDirectory());

    private static SearchIndex OpenExisting(LuceneDirectory directory)
    {
        var commit = DirectoryReader.IndexExists(directory) ? DirectoryReader.ListCommits(directory)[^1].UserData : null;
        var current = commit is not null && commit.TryGetValue(LayoutKey, out var layout) && layout == Layout;
        var checkpoint = current && commit!.TryGetValue(CheckpointKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : -1L;

        var config = new IndexWriterConfig(HubAnalyzers.Version, Analyzer)
        {
            OpenMode = current ? OpenMode.APPEND : OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            MergePolicy = MergePolicy(),
        };
        var writer = new IndexWriter(directory, config);
        return new SearchIndex(directory, writer, checkpoint);
    }

    /// <summary>
    /// Few segments: each query term costs a lookup per segment, and the change feed commits small segments all day.
    /// Counting every segment under 64 MB as one tier and allowing three per tier merges those small ones early (cheap:
    /// they are small) instead of letting a dozen pile up beside the main segment (measured in bench/SearchBench:
    /// 20 segments after 1,000 edits by default, 7 with this policy, and a p50 of 17 ms against 9 ms at 100k entries).
    /// </summary>
    private static TieredMergePolicy MergePolicy() => new() { FloorSegmentMB = 64, SegmentsPerTier = 3, MaxMergeAtOnce = 3 };

    /// <summary>Replaces every entry of one content item (none: the item is gone from the index).</summary>
    public void Replace(string owner, IEnumerable<IndexEntry> entries)
    {
        _writer.DeleteDocuments(new Term(SearchFields.Owner, owner));
        foreach (var entry in entries)
        {
            _writer.AddDocument(ToDocument(entry));
        }
    }

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>
    /// Merges the index into one segment after a rebuild: every query term is looked up once per segment, so a freshly
    /// built index of a dozen segments answers noticeably slower than a merged one. Later changes add small segments
    /// that the merge policy folds in as usual.
    /// </summary>
    public void Compact() => _writer.ForceMerge(1);

    /// <summary>Makes the changes durable with the checkpoint they bring the index to, and visible to new searches.</summary>
    public void Commit(long checkpoint)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture),
            [LayoutKey] = Layout,
        });
        _writer.Commit();
        // Searchers first: whoever reads the new checkpoint (the output cache keys answers by it) must search the new state.
        _searchers.MaybeRefreshBlocking();
        Checkpoint = checkpoint;
    }

    /// <summary>Runs <paramref name="search"/> on a current searcher, released afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static int DayNumber(DateOnly date) => date.DayNumber - Epoch.DayNumber;

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static Document ToDocument(IndexEntry entry)
    {
        // A glossary entry explains words; the law, documents and findings those words lead to should outrank it.
        var weight = entry.Type == SearchTypes.Term ? 0.35f : 1f;
        var document = new Document
        {
            new StringField(SearchFields.Id, $"{entry.Id}|{string.Join(',', entry.Views)}", Field.Store.YES),
            new StringField(SearchFields.Owner, entry.Owner, Field.Store.NO),
            new StoredField(SearchFields.Url, entry.Url),
            Text(SearchFields.TitleEn, entry.Title.En, weight),
            Text(SearchFields.TitleFr, entry.Title.Fr, weight),
            Text(SearchFields.BodyEn, entry.Body.En, weight),
            Text(SearchFields.BodyFr, entry.Body.Fr, weight),
            new TextField(
                entry.Views.Contains(SearchFields.PublicView) ? SearchFields.Spell : SearchFields.ProfessionalSpell,
                string.Join('\n', entry.Title.En, entry.Title.Fr, entry.Body.En, entry.Body.Fr), Field.Store.NO),
            new NumericDocValuesField(SearchFields.Date, entry.Date is { } date ? DayNumber(date) : 0),
        };
        foreach (var view in entry.Views)
        {
            document.Add(new StringField(SearchFields.View, view, Field.Store.NO));
        }

        foreach (var identifier in entry.Identifiers.Select(IdentifierKey.Normalize).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Identifier, identifier, Field.Store.NO));
        }

        foreach (var (dimension, values) in entry.Facets)
        {
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                // Indexed for filtering, doc values for counting; the type is also stored for the result badge.
                document.Add(new StringField(SearchFields.Facet(dimension), value, dimension == SearchFacets.Type ? Field.Store.YES : Field.Store.NO));
                document.Add(new SortedSetDocValuesField(SearchFields.Facet(dimension), new BytesRef(value)));
            }
        }

        return document;
    }

    private static TextField Text(string name, string value, float weight) => new(name, value, Field.Store.YES) { Boost = weight };

    /// <summary>Searchers that score with BM25, their segments' facet ordinals read before the first search needs them.</summary>
    private sealed class WarmingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var segment in reader.Leaves)
            {
                SegmentFacetOrdinals.Of(segment.AtomicReader);
            }

            return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index in {Path} cannot be read; it will be rebuilt from the database.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string path);
}
