using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Exchange;

public enum ExchangeFormat
{
    Json,
    Csv,
}

/// <summary>
/// An export; <c>Kinds</c> names the kinds of file to write (null: all of them); <c>Actor</c> is who asked, for the
/// audit log (the operator at the command line, or an administrator).
/// </summary>
public sealed record ExportOptions(
    ExchangeFormat Format, string Output, bool IncludeProfessionals, string Actor = DatasetExchange.Operator, IReadOnlySet<string>? Kinds = null);

/// <summary>
/// An import; <c>Actor</c> and <c>ActorId</c> name who asked in the audit log and the revisions (whoever imported a draft
/// may not publish it: four eyes).
/// </summary>
public sealed record ImportOptions(bool Publish, bool DryRun, string Actor = DatasetExchange.Operator, string ActorId = "import");

/// <summary>What an import found and did: files added, changed and unchanged, or every error (then nothing was written).</summary>
public sealed record ImportReport(int Added, int Changed, int Unchanged, IReadOnlyList<DatasetError> Errors, bool Written)
{
    public override string ToString() => $"{Added} added, {Changed} changed, {Unchanged} unchanged";
}

/// <summary>
/// Bulk exchange for operators (the <c>import</c> and <c>export</c> commands): exports of the published dataset in
/// the dataset's JSON layout or as CSV, public by default; imports of JSON or CSV validated against the whole hub
/// before anything is written, written in one transaction, as drafts for review unless the operator publishes them,
/// and idempotent (a file equal to what the hub holds changes nothing). Every step is a revision by the operator,
/// so a restart keeps what was published (see <see cref="DatabaseInitializer"/>).
/// </summary>
public sealed class DatasetExchange(HubDbContext db, DatasetImporter importer, AuditLog audit, TimeProvider clock)
{
    public const string Operator = "operator (command line)";

    /// <summary>How many added or changed files the console names one by one.</summary>
    private const int ListedChanges = 50;

    public async Task<string> ExportAsync(ExportOptions options, CancellationToken cancellationToken)
    {
        if (Directory.Exists(options.Output) && Directory.EnumerateFileSystemEntries(options.Output).Any())
        {
            throw new DatasetException([new DatasetError(options.Output, "(folder)", "(none)", "The folder is not empty: export into a new or empty folder.")]);
        }

        var dataset = PublishedDataset.Of(await DatasetFiles.SnapshotAsync(db, cancellationToken), options.IncludeProfessionals);
        var kinds = DatasetFiles.Kinds.Where(k => options.Kinds?.Contains(k.Name) != false).ToList();
        var files = options.Format == ExchangeFormat.Csv
            ? await CsvDataset.WriteAsync(dataset, kinds, options.Output, cancellationToken)
            : await WriteJsonAsync(dataset, kinds, options.Output, cancellationToken);
        var records = kinds.Select(kind => $"{kind.FilesOf(dataset).Sum(f => kind.HoldsList ? ((System.Collections.ICollection)f.Content).Count : 1)} {kind.Name}");
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{files} {options.Format.ToString().ToUpperInvariant()} files: {string.Join(", ", records)} " +
            $"({(options.IncludeProfessionals ? "professionals-only content included" : "public content only")})");

        // Administrators see in the audit log that one was made, and whether it held professionals-only content.
        await audit.RecordAsync(AuditEventKind.Exported, "dataset", options.Actor, $"{summary} to {options.Output}", cancellationToken);
        return summary;
    }

    public async Task<ImportReport> ImportAsync(string path, ImportOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await progress.WriteLineAsync($"Reading {path} …");
        var (files, readErrors, skipped) = DatasetSource.Read(path);
        foreach (var file in skipped)
        {
            await progress.WriteLineAsync($"  skipped {file}: not a dataset file");
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Read {files.Count} files ({string.Join(", ", files.GroupBy(f => f.Kind.Name).Select(g => $"{g.Count()} {g.Key}"))}) in {watch.Elapsed.TotalSeconds:F1} s; validating against the hub's data …"));
        // What could be read is validated too, so one run reports every error, not the first file's.
        var (errors, changes) = await ValidateAsync(files, options.Publish, cancellationToken);
        if (readErrors.Count + errors.Count > 0)
        {
            return new ImportReport(0, 0, 0, [.. readErrors, .. errors], Written: false);
        }

        var added = changes.Count(c => c.Before is null);
        var report = new ImportReport(added, changes.Count - added, files.Count - changes.Count, [], Written: false);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Valid ({watch.Elapsed.TotalSeconds:F1} s): {report}."));
        foreach (var change in changes.Take(ListedChanges))
        {
            await progress.WriteLineAsync($"  {(change.Before is null ? "new" : "changed")} {change.File.File}");
        }

        if (changes.Count > ListedChanges)
        {
            await progress.WriteLineAsync($"  … and {changes.Count - ListedChanges} more");
        }
        if (options.DryRun || changes.Count == 0)
        {
            return report;
        }

        if (!options.Publish && await InReviewAsync(changes, cancellationToken) is { Count: > 0 } inReview)
        {
            return report with { Errors = inReview };
        }

        await progress.WriteLineAsync($"Writing {changes.Count} files in one transaction ({(options.Publish ? "published" : "as drafts for review")}) …");
        await WriteAsync(changes, options, cancellationToken);
        await audit.RecordAsync(AuditEventKind.Imported, "dataset", options.Actor,
            $"{report} ({(options.Publish ? "published" : "drafts")}) from {path}", cancellationToken);
        return report with { Written = true };
    }

    private sealed record Change(ImportedFile File, string Json, string? Before);

    /// <summary>
    /// Validates the hub's dataset with the imported files in place and keeps the errors they add (those the database
    /// held before are not the import's to fix). Files equal to what the hub publishes (or, for drafts, to their pending
    /// draft) are no change.
    /// </summary>
    private async Task<(IReadOnlyList<DatasetError> Errors, IReadOnlyList<Change> Changes)> ValidateAsync(
        IReadOnlyList<ImportedFile> files, bool publish, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var dataset = await DatasetFiles.SnapshotAsync(db, cancellationToken);
        var imported = files.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        var current = DatasetFiles.Kinds
            .SelectMany(kind => kind.FilesOf(dataset).Where(f => imported.Contains(f.File)).Select(f => (f.File, Json: kind.Serialize(f.Content))))
            .ToDictionary(f => f.File, f => f.Json, StringComparer.Ordinal);
        var before = DatasetValidator.Validate(dataset, today).ToHashSet();
        Put(dataset, files);

        var sources = files.ToDictionary(f => f.File, f => f.Source, StringComparer.Ordinal);
        var errors = DatasetValidator.Validate(dataset, today).Where(error => !before.Contains(error))
            .Select(error => sources.TryGetValue(error.File, out var source) && source != error.File ? error with { File = $"{error.File} (from {source})" } : error)
            .ToList();

        var names = files.Select(f => f.File).ToList();
        var drafts = await db.ContentDrafts.AsNoTracking().Where(d => names.Contains(d.File))
            .ToDictionaryAsync(d => d.File, d => d.Json, StringComparer.Ordinal, cancellationToken);
        var loaded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in files.Select(f => f.Kind).Distinct())
        {
            foreach (var (file, hash) in await kind.LoadedHashesAsync(db, names, cancellationToken))
            {
                loaded[file] = hash;
            }
        }

        var changes = files
            .Select(f => new Change(f, f.Kind.Serialize(f.Kind.Canonical(f.Content)), current.GetValueOrDefault(f.File)))
            .Where(c => !(c.Json == c.Before || (loaded.TryGetValue(c.File.File, out var hash) && hash == c.File.Kind.HashOf(c.File.Content))))
            .Where(c => publish || c.Json != drafts.GetValueOrDefault(c.File.File))
            .ToList();
        return (errors, changes);
    }

    private async Task<IReadOnlyList<DatasetError>> InReviewAsync(IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        var files = changes.Select(c => c.File.File).ToList();
        var inReview = await db.ContentDrafts.AsNoTracking().Where(d => files.Contains(d.File) && d.State == DraftState.InReview)
            .Select(d => d.File).ToListAsync(cancellationToken);
        return [.. inReview.Select(file => new DatasetError(file, "(draft)", "(none)",
            "A draft of this file is in review: publish it or send it back before importing over it."))];
    }

    private async Task WriteAsync(IReadOnlyList<Change> changes, ImportOptions options, CancellationToken cancellationToken)
    {
        var publish = options.Publish;
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var files = changes.Select(c => c.File.File).ToList();
            var numbers = await db.ContentRevisions.Where(r => files.Contains(r.File)).GroupBy(r => r.File)
                .Select(g => new { File = g.Key, Number = g.Max(r => r.Number) })
                .ToDictionaryAsync(r => r.File, r => r.Number, StringComparer.Ordinal, cancellationToken);
            if (publish)
            {
                var subset = new Dataset();
                Put(subset, [.. changes.Select(c => c.File)]);

                await importer.WriteAsync(subset, cancellationToken);
                foreach (var change in changes)
                {
                    await change.File.Kind.RemoveUnlistedAsync(db, change.File.Content, cancellationToken);
                }
            }
            else
            {
                await SaveDraftsAsync(changes, numbers, now, options.Actor, cancellationToken);
            }

            foreach (var change in changes)
            {
                db.ContentRevisions.Add(new ContentRevision
                {
                    File = change.File.File,
                    Number = numbers.GetValueOrDefault(change.File.File) + 1,
                    Action = publish ? RevisionAction.Published : RevisionAction.Saved,
                    Json = change.Json,
                    AuthorId = options.ActorId,
                    Author = options.Actor,
                    CreatedUtc = now,
                    Comment = "Imported",
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
    }

    private async Task SaveDraftsAsync(
        IReadOnlyList<Change> changes, Dictionary<string, int> numbers, DateTime now, string actor, CancellationToken cancellationToken)
    {
        var files = changes.Select(c => c.File.File).ToList();
        var drafts = await db.ContentDrafts.Where(d => files.Contains(d.File)).ToDictionaryAsync(d => d.File, StringComparer.Ordinal, cancellationToken);
        foreach (var change in changes)
        {
            if (!drafts.TryGetValue(change.File.File, out var draft))
            {
                draft = new ContentDraft { File = change.File.File, FirstRevision = numbers.GetValueOrDefault(change.File.File) + 1 };
                db.ContentDrafts.Add(draft);
            }

            draft.Json = change.Json;
            draft.State = DraftState.Draft;
            draft.ReviewComment = null;
            draft.Version++;
            draft.UpdatedUtc = now;
            draft.UpdatedBy = actor;
        }
    }

    /// <summary>Puts the files into the dataset kind by kind, in one pass each (one by one is quadratic at 100,000 files).</summary>
    private static void Put(Dataset dataset, IReadOnlyList<ImportedFile> files)
    {
        foreach (var kind in files.GroupBy(f => f.Kind))
        {
            kind.Key.PutAll(dataset, [.. kind.Select(f => (f.File, f.Content))]);
        }
    }

    private static async Task<int> WriteJsonAsync(Dataset dataset, IEnumerable<DatasetFileKind> kinds, string root, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var kind in kinds)
        {
            foreach (var (file, content) in kind.FilesOf(dataset))
            {
                var path = Path.Combine(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using var stream = File.Create(path);
                await JsonSerializer.SerializeAsync(stream, content, kind.ContentType, DatasetJson.Options, cancellationToken);
                written++;
            }
        }

        return written;
    }
}
