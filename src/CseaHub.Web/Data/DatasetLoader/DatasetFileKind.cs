using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>A file of the dataset as the back office lists it: the file and what it is called.</summary>
public sealed record DatasetFileEntry(string File, string Title);

/// <summary>
/// One kind of dataset file (an organisation, the list of audiences, the About page, …): where its files live, how
/// to read its content from the database, and how to put a file's content into a <see cref="Dataset"/>. Export,
/// the back office and its validation all work file by file through these kinds.
/// </summary>
public abstract class DatasetFileKind(string name, Type contentType, bool administrative)
{
    /// <summary>The kind's name in URLs and strings, e.g. <c>organisation</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The C# shape of one file: a record, or a list of records.</summary>
    public Type ContentType { get; } = contentType;

    /// <summary>Taxonomies, countries and the About page are administrators' to edit; the rest is editors'.</summary>
    public bool Administrative { get; } = administrative;

    /// <summary>Whether the file's content has a workflow status (one record per file).</summary>
    public abstract bool HasStatus { get; }

    /// <summary>The type of one record: the file's content, or one item of it for a file that holds a list.</summary>
    public virtual Type RecordType => ContentType;

    public bool HoldsList => RecordType != ContentType;

    /// <summary>
    /// Whether the kind has as many files as a large import brings (organisations, documents): an import streams its
    /// files in batches, and the other kinds see its records by slug only (<see cref="RecordsOutside"/>).
    /// </summary>
    public virtual bool IsBulk => false;

    public abstract bool Owns(string file);

    /// <summary>The file a new content would be saved as; null when the content does not name one (no slug yet).</summary>
    public abstract string? FileFor(object content);

    /// <summary>The kind's files in the database, for the back office's lists.</summary>
    public abstract Task<IReadOnlyList<DatasetFileEntry>> ListAsync(HubDbContext db, CancellationToken cancellationToken);

    /// <summary>The file's content as it is in the database now; null when there is no such file.</summary>
    public abstract Task<object?> LoadAsync(HubDbContext db, string file, CancellationToken cancellationToken);

    /// <summary>Every file of this kind in the database, into <paramref name="dataset"/>.</summary>
    public abstract Task LoadAllAsync(HubDbContext db, Dataset dataset, CancellationToken cancellationToken);

    /// <summary>Puts the file's content into <paramref name="dataset"/>, replacing what the dataset had for that file.</summary>
    public abstract void Put(Dataset dataset, string file, object content);

    /// <summary>Puts many files at once: what <see cref="Put"/> does, in one pass over the dataset (an import's 100,000 files).</summary>
    public virtual void PutAll(Dataset dataset, IReadOnlyList<(string File, object Content)> files)
    {
        foreach (var (file, content) in files)
        {
            Put(dataset, file, content);
        }
    }

    /// <summary>
    /// After a file's content is written, removes the rows it no longer lists (an audience taken out of the list). The
    /// importer only adds and updates; a change validated against the whole dataset references none of them.
    /// </summary>
    public virtual Task RemoveUnlistedAsync(HubDbContext db, object content, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Takes the file's content out of <paramref name="dataset"/>.</summary>
    public abstract void Remove(Dataset dataset, string file);

    /// <summary>The files of this kind in <paramref name="dataset"/>, with their content, for writing out.</summary>
    public abstract IEnumerable<(string File, object Content)> FilesOf(Dataset dataset);

    public string Serialize(object content) => JsonSerializer.Serialize(content, ContentType, DatasetJson.Options);

    /// <summary>The content in the order the database gives it back, so equal content compares equal (countries come by code).</summary>
    public virtual object Canonical(object content) => content;

    /// <summary>
    /// For each of <paramref name="files"/> loaded from a file before, the fingerprint of the record it was loaded from:
    /// a file equal to it is no change even where the database keeps the content in another form (a URL normalised).
    /// </summary>
    public virtual Task<IReadOnlyDictionary<string, string>> LoadedHashesAsync(
        HubDbContext db, IReadOnlyCollection<string> files, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public virtual string? HashOf(object content) => null;

    /// <summary>Reads a file's content in the dataset's strict format; a <see cref="JsonException"/> says what is wrong where.</summary>
    public object Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ContentType, DatasetJson.Options)
        ?? throw new JsonException("The content is null.", "$", null, null);
}

/// <summary>A kind whose files the database can give a batch at a time, for imports of many files.</summary>
public interface IBatchLoadingKind
{
    /// <summary>The content of those of <paramref name="files"/> the database holds, by file.</summary>
    Task<IReadOnlyDictionary<string, object>> LoadManyAsync(HubDbContext db, IReadOnlyCollection<string> files, CancellationToken cancellationToken);

    /// <summary>Every file of the kind in the database, in batches of <paramref name="size"/> by slug.</summary>
    IAsyncEnumerable<IReadOnlyList<(string File, object Content)>> LoadInBatchesAsync(HubDbContext db, int size, CancellationToken cancellationToken);
}

/// <summary>A folder of one-record files named by slug (organisations/, instruments/, …).</summary>
public sealed class FolderKind<TEntity, TRecord>(
    string name,
    string folder,
    Func<Dataset, List<Located<TRecord>>> records,
    Func<TRecord, string> slugOf,
    Func<HubDbContext, IQueryable<TEntity>> loaded,
    Func<TEntity, TRecord> toRecord,
    Func<HubDbContext, IQueryable<DatasetFileEntry>> list,
    bool bulk = false)
    : DatasetFileKind(name, typeof(TRecord), administrative: false), IBatchLoadingKind
    where TEntity : Domain.Editorial.ContentItem
    where TRecord : class
{
    public override bool HasStatus => true;

    public override bool IsBulk => bulk;

    /// <summary>Only a file a slug can name: nothing else (no path, no control character) reaches the database.</summary>
    public override bool Owns(string file) =>
        file.StartsWith(folder + "/", StringComparison.Ordinal) && file.EndsWith(".json", StringComparison.Ordinal)
        && file.Length > folder.Length + 1 + ".json".Length && DatasetValidator.Slug().IsMatch(SlugOfFile(file));

    public string FileOf(string slug) => $"{folder}/{slug}.json";

    public override string? FileFor(object content) =>
        slugOf((TRecord)content) is { Length: > 0 } slug ? FileOf(slug) : null;

    public override async Task<IReadOnlyList<DatasetFileEntry>> ListAsync(HubDbContext db, CancellationToken cancellationToken) =>
        [.. (await list(db).ToListAsync(cancellationToken)).OrderBy(e => e.File, StringComparer.Ordinal)];

    public override async Task<object?> LoadAsync(HubDbContext db, string file, CancellationToken cancellationToken)
    {
        var slug = SlugOfFile(file);
        var entity = await loaded(db).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        return entity is null ? null : toRecord(entity);
    }

    public override async Task LoadAllAsync(HubDbContext db, Dataset dataset, CancellationToken cancellationToken)
    {
        var entities = await loaded(db).AsNoTracking().AsSplitQuery().OrderBy(e => e.Slug).ToListAsync(cancellationToken);
        records(dataset).AddRange(entities.Select(e => new Located<TRecord>(FileOf(e.Slug), toRecord(e))));
    }

    public async Task<IReadOnlyDictionary<string, object>> LoadManyAsync(
        HubDbContext db, IReadOnlyCollection<string> files, CancellationToken cancellationToken)
    {
        var slugs = files.Where(Owns).Select(SlugOfFile).ToList();
        var entities = await loaded(db).AsNoTracking().AsSplitQuery().Where(e => slugs.Contains(e.Slug)).ToListAsync(cancellationToken);
        return entities.ToDictionary(e => FileOf(e.Slug), e => (object)toRecord(e), StringComparer.Ordinal);
    }

    public async IAsyncEnumerable<IReadOnlyList<(string File, object Content)>> LoadInBatchesAsync(
        HubDbContext db, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // By slug from the last one seen, so each batch is one index seek whatever the table's size.
        var after = string.Empty;
        while (true)
        {
            var batch = await loaded(db).AsNoTracking().AsSplitQuery().Where(e => e.Slug.CompareTo(after) > 0)
                .OrderBy(e => e.Slug).Take(size).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            yield return [.. batch.Select(e => (FileOf(e.Slug), (object)toRecord(e)))];
            after = batch[^1].Slug;
        }
    }

    public override void Put(Dataset dataset, string file, object content)
    {
        Remove(dataset, file);
        records(dataset).Add(new Located<TRecord>(file, (TRecord)content));
    }

    public override void PutAll(Dataset dataset, IReadOnlyList<(string File, object Content)> files)
    {
        var replaced = files.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        records(dataset).RemoveAll(r => replaced.Contains(r.File));
        records(dataset).AddRange(files.Select(f => new Located<TRecord>(f.File, (TRecord)f.Content)));
    }

    public override void Remove(Dataset dataset, string file) => records(dataset).RemoveAll(r => r.File == file);

    public override IEnumerable<(string File, object Content)> FilesOf(Dataset dataset) =>
        records(dataset).Select(r => (r.File, (object)r.Record));

    public override async Task<IReadOnlyDictionary<string, string>> LoadedHashesAsync(
        HubDbContext db, IReadOnlyCollection<string> files, CancellationToken cancellationToken)
    {
        var slugs = files.Where(Owns).Select(SlugOfFile).ToList();
        var rows = await db.Set<TEntity>().Where(e => slugs.Contains(e.Slug) && e.DatasetHash != null)
            .Select(e => new { e.Slug, e.DatasetHash }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => FileOf(r.Slug), r => r.DatasetHash!, StringComparer.Ordinal);
    }

    public override string? HashOf(object content) => RecordHash.Of((TRecord)content);

    private string SlugOfFile(string file) => file[(folder.Length + 1)..^".json".Length];
}

/// <summary>A kind that is one file of its own: administrators' to edit, always there to open, with no workflow status.</summary>
public abstract class OneFileKind(string name, string path, Type contentType) : DatasetFileKind(name, contentType, administrative: true)
{
    protected string Path { get; } = path;

    public override bool HasStatus => false;

    public override bool Owns(string file) => file == Path;

    public override string? FileFor(object content) => Path;

    public override Task<IReadOnlyList<DatasetFileEntry>> ListAsync(HubDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DatasetFileEntry>>([new DatasetFileEntry(Path, Name)]);

    public override async Task<object?> LoadAsync(HubDbContext db, string file, CancellationToken cancellationToken) =>
        file == Path ? await LoadAsync(db, cancellationToken) : null;

    protected abstract Task<object?> LoadAsync(HubDbContext db, CancellationToken cancellationToken);
}

/// <summary>A file that holds a whole list (a taxonomy, the countries, the measures): edited as one, so order is kept.</summary>
public sealed class ListFileKind<TRecord>(
    string name,
    string path,
    Func<Dataset, List<Located<TRecord>>> records,
    Func<HubDbContext, IQueryable<TRecord>> loaded,
    Func<HubDbContext, IReadOnlyList<TRecord>, CancellationToken, Task> removeUnlisted,
    bool optional = false,
    Func<IEnumerable<TRecord>, IEnumerable<TRecord>>? canonicalOrder = null)
    : OneFileKind(name, path, typeof(List<TRecord>))
    where TRecord : class
{
    public override Type RecordType => typeof(TRecord);

    public override object Canonical(object content) =>
        canonicalOrder is null ? content : canonicalOrder((IEnumerable<TRecord>)content).ToList();

    public override Task RemoveUnlistedAsync(HubDbContext db, object content, CancellationToken cancellationToken) =>
        removeUnlisted(db, (IReadOnlyList<TRecord>)content, cancellationToken);

    public override async Task LoadAllAsync(HubDbContext db, Dataset dataset, CancellationToken cancellationToken) =>
        records(dataset).AddRange((await loaded(db).ToListAsync(cancellationToken)).Select(r => new Located<TRecord>(Path, r)));

    public override void Put(Dataset dataset, string file, object content)
    {
        Remove(dataset, file);
        records(dataset).AddRange(((IEnumerable<TRecord>)content).Select(r => new Located<TRecord>(Path, r)));
    }

    public override void Remove(Dataset dataset, string file) => records(dataset).Clear();

    public override IEnumerable<(string File, object Content)> FilesOf(Dataset dataset) =>
        optional && records(dataset).Count == 0 ? [] : [(Path, records(dataset).Select(r => r.Record).ToList())];

    protected override async Task<object?> LoadAsync(HubDbContext db, CancellationToken cancellationToken) =>
        await loaded(db).ToListAsync(cancellationToken);
}

/// <summary>A file that holds one record on its own (the About page).</summary>
public sealed class SingleFileKind<TRecord>(
    string name, string path, Func<Dataset, Located<TRecord>?> get, Action<Dataset, Located<TRecord>?> set, Func<HubDbContext, Task<TRecord?>> load)
    : OneFileKind(name, path, typeof(TRecord))
    where TRecord : class
{
    public override async Task LoadAllAsync(HubDbContext db, Dataset dataset, CancellationToken cancellationToken)
    {
        if (await load(db) is { } record)
        {
            set(dataset, new Located<TRecord>(Path, record));
        }
    }

    public override void Put(Dataset dataset, string file, object content) => set(dataset, new Located<TRecord>(Path, (TRecord)content));

    public override void Remove(Dataset dataset, string file) => set(dataset, null);

    public override IEnumerable<(string File, object Content)> FilesOf(Dataset dataset) =>
        get(dataset) is { } located ? [(Path, located.Record)] : [];

    protected override async Task<object?> LoadAsync(HubDbContext db, CancellationToken cancellationToken) => await load(db);
}
