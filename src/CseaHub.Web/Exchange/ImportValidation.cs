using System.Globalization;
using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Exchange;

/// <summary>
/// Validates an import against the whole hub in memory bounded by the small kinds, not by the import's size: the
/// files of the small kinds (taxonomies, instruments, rounds, …) are validated with the hub's as one dataset, as the
/// back office does; organisations and documents are read in batches and checked one by one against that dataset
/// and every organisation's and document's slug (<see cref="RecordsOutside"/>). Only the errors the import brings
/// count: those the hub held before are not the import's to fix.
/// </summary>
internal sealed class ImportValidation(HubDbContext db, TimeProvider clock)
{
    public const int BatchSize = 1000;

    /// <summary>The small kinds an organisation's or a document's checks read (with the rounds' slugs).</summary>
    private static readonly HashSet<string> ReadByRecordChecks = new(["organisation-types", "audiences", "topics", "countries", "instrument"], StringComparer.Ordinal);

    /// <summary>How often, in files, the console hears how far a pass is.</summary>
    private const int ProgressEvery = 10_000;

    public async Task<ImportPlan> ValidateAsync(IReadOnlyList<SourceFile> files, bool publish, TextWriter progress, CancellationToken cancellationToken)
    {
        var errors = new List<DatasetError>();
        var (small, bulk, imported) = await ReadAsync(files, errors, progress);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var dataset = await DatasetFiles.SnapshotAsync(db, cancellationToken, DatasetFiles.Kinds.Where(k => !k.IsBulk));
        var hub = await DatasetFiles.SlugsAsync(db, cancellationToken);
        var withImport = hub.Overlaid(imported);

        var names = small.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        var current = DatasetFiles.Kinds
            .SelectMany(kind => kind.FilesOf(dataset).Where(f => names.Contains(f.File)).Select(f => (f.File, Json: kind.Serialize(f.Content))))
            .ToDictionary(f => f.File, f => f.Json, StringComparer.Ordinal);
        var before = DatasetValidator.Validate(dataset, today, hub).ToHashSet();
        var scopeBefore = DatasetValidator.ScopeOf(dataset, today, hub);
        small.PutInto(dataset);
        var sources = small.ToDictionary(f => f.File, f => f.Source, StringComparer.Ordinal);
        errors.AddRange(DatasetValidator.Validate(dataset, today, withImport).Where(error => !before.Contains(error))
            .Select(error => WithSource(error, sources.GetValueOrDefault(error.File))));
        var changes = await ChangesAmongAsync(small, _ => Task.FromResult<IReadOnlyDictionary<string, string>>(current), publish, cancellationToken);

        var scope = DatasetValidator.ScopeOf(dataset, today, withImport);
        var bulkChanges = await ValidateBulkAsync(bulk, scope, imported, publish, errors, progress, cancellationToken);
        if (changes.Count > 0)
        {
            // A taxonomy, a country or an instrument the import changes may leave the hub's own records pointing at nothing.
            await RecheckHubAsync(scopeBefore, scope, bulkChanges.Select(c => c.File.File).ToHashSet(StringComparer.Ordinal), errors, cancellationToken);
        }

        return new ImportPlan(errors, changes, bulkChanges);
    }

    /// <summary>
    /// The errors one file's new content would add to the hub (in the file, or in another it breaks): the back office's
    /// and the content API's check before a save and a publication, bounded like an import's. A file of a small kind is
    /// validated with the small kinds, then the hub's organisations and documents are checked against them a batch at a
    /// time; an organisation or a document is checked on its own against the small kinds and every slug, which is all
    /// its rules read. Errors held before (content loaded before a rule existed) are not the editor's to fix here.
    /// </summary>
    public async Task<IReadOnlyList<DatasetError>> ErrorsOfEditAsync(ImportedFile edit, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new List<DatasetError>();
        if (!edit.Kind.IsBulk)
        {
            var hub = await DatasetFiles.SlugsAsync(db, cancellationToken);
            var dataset = await DatasetFiles.SnapshotAsync(db, cancellationToken, DatasetFiles.Kinds.Where(k => !k.IsBulk));
            var scopeBefore = DatasetValidator.ScopeOf(dataset, today, hub);
            var before = DatasetValidator.Validate(dataset, today, hub).ToHashSet();
            new[] { edit }.PutInto(dataset);
            errors.AddRange(DatasetValidator.Validate(dataset, today, hub).Where(error => !before.Contains(error)));
            await RecheckHubAsync(scopeBefore, DatasetValidator.ScopeOf(dataset, today, hub), [], errors, cancellationToken);
            return errors;
        }

        // An organisation's or a document's checks read the vocabularies, the instruments' articles, the rounds' slugs
        // and the organisations it names (a parent and its ancestors, an issuer): not the rounds' findings, nor every
        // slug of the hub, which at 50,000 findings and 120,000 records made every save read them all.
        var current = await ((IBatchLoadingKind)edit.Kind).LoadManyAsync(db, [edit.File], cancellationToken);
        var read = await DatasetFiles.SnapshotAsync(db, cancellationToken, DatasetFiles.Kinds.Where(k => ReadByRecordChecks.Contains(k.Name)));
        var named = await DatasetFiles.OrganisationsNamedAsync(db, current.Values.Append(edit.Content), cancellationToken);
        var rounds = await db.MonitoringRounds.AsNoTracking().Select(r => r.Slug).ToListAsync(cancellationToken);
        named = named with { MonitoringRounds = rounds.ToHashSet(StringComparer.Ordinal) };
        var withEdit = named.Overlaid(edit.Content is OrganisationRecord organisation
            ? new RecordsOutside(new Dictionary<string, string?> { [organisation.Slug] = organisation.Parent }, new HashSet<string>())
            : new RecordsOutside(new Dictionary<string, string?>(), new HashSet<string> { ((DocumentRecord)edit.Content).Slug }));
        Check(DatasetValidator.ScopeOf(read, today, withEdit), edit.File, edit.Content, errors);
        var held = new List<DatasetError>();
        foreach (var (file, content) in current)
        {
            Check(DatasetValidator.ScopeOf(read, today, named), file, content, held);
        }

        return [.. errors.Except(held)];
    }

    /// <summary>Reads every file once: the small kinds are kept, organisations and documents leave only their slugs.</summary>
    private static async Task<(List<ImportedFile> Small, List<SourceFile> Bulk, RecordsOutside Slugs)> ReadAsync(
        IReadOnlyList<SourceFile> files, List<DatasetError> errors, TextWriter progress)
    {
        var small = new List<ImportedFile>();
        var bulk = new List<SourceFile>();
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, index) in files.Select((f, i) => (f, i + 1)))
        {
            await ReportAsync(progress, "read", index - 1, files.Count);
            if (file.Read(errors) is not { } read)
            {
                continue;
            }

            if (!read.Kind.IsBulk)
            {
                small.Add(read);
                continue;
            }

            bulk.Add(file);
            switch (read.Content)
            {
                case OrganisationRecord organisation:
                    parents[organisation.Slug] = organisation.Parent;
                    break;
                case DocumentRecord document:
                    documents.Add(document.Slug);
                    break;
            }
        }

        await ReportAsync(progress, "read", files.Count, files.Count);
        return (small, bulk, new RecordsOutside(parents, documents));
    }

    private async Task<List<BulkChange>> ValidateBulkAsync(
        List<SourceFile> bulk, DatasetValidator.RecordScope scope, RecordsOutside imported, bool publish,
        List<DatasetError> errors, TextWriter progress, CancellationToken cancellationToken)
    {
        var changed = new List<BulkChange>();
        var checkedFiles = 0;
        foreach (var batch in bulk.Chunk(BatchSize))
        {
            var sourceOf = batch.ToDictionary(f => f.File, StringComparer.Ordinal);
            var files = batch.Select(f => f.Read(errors)).OfType<ImportedFile>().ToList();
            foreach (var change in await ChangesAmongAsync(files, changed => CurrentAsync(changed, cancellationToken), publish, cancellationToken))
            {
                var found = new List<DatasetError>();
                Check(scope, change.File.File, change.File.Content, found);
                errors.AddRange(found.Select(error => WithSource(error, change.File.Source)));
                var depth = change.File.Content is OrganisationRecord organisation ? DepthOf(organisation.Slug, imported.OrganisationParents) : 0;
                changed.Add(new BulkChange(sourceOf[change.File.File], change.Before is null, depth));
            }

            checkedFiles += batch.Length;
            await ReportAsync(progress, "checked", checkedFiles, bulk.Count, batchSize: batch.Length);
        }

        return changed;
    }

    /// <summary>Checks the hub's organisations and documents the import leaves as they are, a batch at a time; only new errors count.</summary>
    private async Task RecheckHubAsync(
        DatasetValidator.RecordScope before, DatasetValidator.RecordScope after, HashSet<string> replaced,
        List<DatasetError> errors, CancellationToken cancellationToken)
    {
        foreach (var kind in DatasetFiles.Kinds.Where(k => k.IsBulk).Cast<IBatchLoadingKind>())
        {
            await foreach (var batch in kind.LoadInBatchesAsync(db, BatchSize, cancellationToken))
            {
                foreach (var (file, content) in batch.Where(f => !replaced.Contains(f.File)))
                {
                    var found = new List<DatasetError>();
                    Check(after, file, content, found);
                    if (found.Count > 0)
                    {
                        var held = new List<DatasetError>();
                        Check(before, file, content, held);
                        errors.AddRange(found.Except(held));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The files that change the hub: those equal to the record they were loaded from (the database may keep a URL
    /// normalised) or to what the hub holds (or, for drafts, to their pending draft) are no change. The fingerprints
    /// are compared first, so a re-import of unchanged files loads none of the hub's records.
    /// </summary>
    private async Task<List<ImportChange>> ChangesAmongAsync(
        IReadOnlyList<ImportedFile> files, Func<IReadOnlyList<ImportedFile>, Task<IReadOnlyDictionary<string, string>>> currentOf,
        bool publish, CancellationToken cancellationToken)
    {
        var names = files.Select(f => f.File).ToList();
        var loaded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in files.Select(f => f.Kind).Distinct())
        {
            foreach (var (file, hash) in await kind.LoadedHashesAsync(db, names, cancellationToken))
            {
                loaded[file] = hash;
            }
        }

        var candidates = files.Where(f => !(loaded.TryGetValue(f.File, out var hash) && hash == f.Kind.HashOf(f.Content))).ToList();
        var current = await currentOf(candidates);
        var drafts = publish ? [] : await db.ContentDrafts.AsNoTracking().Where(d => names.Contains(d.File))
            .ToDictionaryAsync(d => d.File, d => d.Json, StringComparer.Ordinal, cancellationToken);
        return [.. candidates
            .Select(f => new ImportChange(f, f.CanonicalJson(), current.GetValueOrDefault(f.File)))
            .Where(c => c.Json != c.Before && (publish || c.Json != drafts.GetValueOrDefault(c.File.File)))];
    }

    /// <summary>The hub's version of each of the files, as the dataset's JSON.</summary>
    private async Task<IReadOnlyDictionary<string, string>> CurrentAsync(IReadOnlyList<ImportedFile> files, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in files.GroupBy(f => f.Kind))
        {
            var loaded = await ((IBatchLoadingKind)kind.Key).LoadManyAsync(db, [.. kind.Select(f => f.File)], cancellationToken);
            foreach (var (file, content) in loaded)
            {
                current[file] = kind.Key.Serialize(content);
            }
        }

        return current;
    }

    private static void Check(DatasetValidator.RecordScope scope, string file, object content, List<DatasetError> errors)
    {
        switch (content)
        {
            case OrganisationRecord organisation:
                scope.Check(new Located<OrganisationRecord>(file, organisation), errors);
                break;
            case DocumentRecord document:
                scope.Check(new Located<DocumentRecord>(file, document), errors);
                break;
            default:
                throw new ArgumentException($"{file} is not of a bulk kind.", nameof(content));
        }
    }

    /// <summary>How many of the organisation's ancestors the import brings; a loop (an error) stops the count.</summary>
    private static int DepthOf(string slug, IReadOnlyDictionary<string, string?> parents)
    {
        var depth = 0;
        for (var parent = parents[slug]; parent is not null && parents.ContainsKey(parent) && depth < parents.Count; parent = parents[parent])
        {
            depth++;
        }

        return depth;
    }

    private static DatasetError WithSource(DatasetError error, string? source) =>
        source is not null && source != error.File ? error with { File = $"{error.File} (from {source})" } : error;

    internal static async Task ReportAsync(TextWriter progress, string done, int count, int total, int batchSize = 1)
    {
        // Once every ProgressEvery files, and at the end, for imports large enough to need it.
        if (total >= ProgressEvery && count > 0 && (count % ProgressEvery < batchSize || count == total))
        {
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {done} {count:N0} of {total:N0} files"));
        }
    }
}
