using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>Records of a bulk kind an export reads at a time.</summary>
    private const int ExportBatchSize = 500;

    public async Task<string> ExportAsync(ExportOptions options, CancellationToken cancellationToken)
    {
        if (Directory.Exists(options.Output) && Directory.EnumerateFileSystemEntries(options.Output).Any())
        {
            throw new DatasetException([new DatasetError(options.Output, "(folder)", "(none)", "The folder is not empty: export into a new or empty folder.")]);
        }

        // The bulk kinds (organisations, documents) are read a batch at a time: read whole, a corpus of 100,000
        // documents took a 3 GiB peak, in the hub itself when an administrator exports from the back office.
        // The instruments and rounds are read whatever kinds are asked for: they decide what a reference may name.
        var kinds = DatasetFiles.Kinds.Where(k => options.Kinds?.Contains(k.Name) != false).ToList();
        var small = await DatasetFiles.SnapshotAsync(db, cancellationToken, DatasetFiles.Kinds.Where(k => !k.IsBulk
            && (kinds.Contains(k) || k.Name is ContentTypes.Instrument or ContentTypes.MonitoringRound)));
        var published = await PublishedDataset.ReadAsync(db, small, options.IncludeProfessionals, cancellationToken);
        var records = kinds.ToDictionary(k => k.Name, _ => 0);
        async IAsyncEnumerable<(string File, object Content)> Exported(DatasetFileKind kind)
        {
            await foreach (var (file, content) in FilesOf(kind, small, cancellationToken))
            {
                if (published.Cut(content) is { } cut)
                {
                    records[kind.Name] += kind.HoldsList ? ((System.Collections.ICollection)cut).Count : 1;
                    yield return (file, cut);
                }
            }
        }

        var files = options.Format == ExchangeFormat.Csv
            ? await CsvDataset.WriteAsync(Exported, kinds, options.Output, cancellationToken)
            : await WriteJsonAsync(Exported, kinds, options.Output, cancellationToken);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{files} {options.Format.ToString().ToUpperInvariant()} files: {string.Join(", ", kinds.Select(k => $"{records[k.Name]} {k.Name}"))} " +
            $"({(options.IncludeProfessionals ? "professionals-only content included" : "public content only")})");

        // Administrators see in the audit log that one was made, and whether it held professionals-only content.
        await audit.RecordAsync(AuditEventKind.Exported, "dataset", options.Actor, $"{summary} to {options.Output}", cancellationToken);
        return summary;
    }

    public async Task<ImportReport> ImportAsync(string path, ImportOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await progress.WriteLineAsync($"Reading {path} …");
        var (files, openErrors, skipped) = DatasetSource.Open(path);
        foreach (var file in skipped)
        {
            await progress.WriteLineAsync($"  skipped {file}: not a dataset file");
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Found {files.Count} files ({string.Join(", ", files.GroupBy(f => f.Kind.Name).Select(g => $"{g.Count()} {g.Key}"))}) in {watch.Elapsed.TotalSeconds:F1} s; reading and validating them against the hub's data …"));
        // What could be read is validated too, so one run reports every error, not the first file's.
        var plan = await new ImportValidation(db, clock).ValidateAsync(files, options.Publish, progress, cancellationToken);
        if (openErrors.Count + plan.Errors.Count > 0)
        {
            return new ImportReport(0, 0, 0, [.. openErrors, .. plan.Errors], Written: false);
        }

        var report = new ImportReport(plan.Added, plan.Count - plan.Added, files.Count - plan.Count, [], Written: false);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Valid ({watch.Elapsed.TotalSeconds:F1} s): {report}."));
        foreach (var (file, isNew) in plan.Files.Take(ListedChanges))
        {
            await progress.WriteLineAsync($"  {(isNew ? "new" : "changed")} {file}");
        }

        if (plan.Count > ListedChanges)
        {
            await progress.WriteLineAsync($"  … and {plan.Count - ListedChanges} more");
        }

        if (options.DryRun || plan.Count == 0)
        {
            return report;
        }

        if (!options.Publish && await InReviewAsync(plan, cancellationToken) is { Count: > 0 } inReview)
        {
            return report with { Errors = inReview };
        }

        await progress.WriteLineAsync($"Writing {plan.Count} files in one transaction ({(options.Publish ? "published" : "as drafts for review")}) …");
        if (await new ImportWriter(db, importer, clock).WriteAsync(plan, options, progress, cancellationToken) is { Count: > 0 } changedSince)
        {
            return report with { Errors = changedSince };
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Written ({watch.Elapsed.TotalSeconds:F1} s)."));
        await audit.RecordAsync(AuditEventKind.Imported, "dataset", options.Actor,
            $"{report} ({(options.Publish ? "published" : "drafts")}) from {path}", cancellationToken);
        return report with { Written = true };
    }

    private async Task<IReadOnlyList<DatasetError>> InReviewAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var files = plan.Files.Select(f => f.File).ToList();
        var inReview = await db.ContentDrafts.AsNoTracking().Where(d => files.Contains(d.File) && d.State == DraftState.InReview)
            .Select(d => d.File).ToListAsync(cancellationToken);
        return [.. inReview.Select(file => new DatasetError(file, "(draft)", "(none)",
            "A draft of this file is in review: publish it or send it back before importing over it."))];
    }

    /// <summary>Every file of a kind in the database: a bulk kind a batch at a time, the others from <paramref name="small"/>.</summary>
    private async IAsyncEnumerable<(string File, object Content)> FilesOf(
        DatasetFileKind kind, Dataset small, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (kind is { IsBulk: true } and IBatchLoadingKind bulk)
        {
            await foreach (var batch in bulk.LoadInBatchesAsync(db, ExportBatchSize, cancellationToken))
            {
                foreach (var file in batch)
                {
                    yield return file;
                }
            }

            yield break;
        }

        foreach (var file in kind.FilesOf(small))
        {
            yield return file;
        }
    }

    private static async Task<int> WriteJsonAsync(
        Func<DatasetFileKind, IAsyncEnumerable<(string File, object Content)>> filesOf, IEnumerable<DatasetFileKind> kinds, string root, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var kind in kinds)
        {
            await foreach (var (file, content) in filesOf(kind).WithCancellation(cancellationToken))
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
