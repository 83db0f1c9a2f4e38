using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Exchange;

/// <summary>
/// Writes a validated import in one transaction, organisations and documents a batch at a time (read again from their
/// files, the change tracker cleared after each batch), so memory does not grow with the import. Every file gets a
/// revision by the importer; published files go into the hub's tables, drafts into the review queue.
/// </summary>
internal sealed class ImportWriter(HubDbContext db, DatasetImporter importer, TimeProvider clock)
{
    /// <returns>The errors of files that could no longer be read (changed since they were validated): then nothing is written.</returns>
    public async Task<IReadOnlyList<DatasetError>> WriteAsync(ImportPlan plan, ImportOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var errors = new List<DatasetError>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            errors.Clear();
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var written = options.Publish
                ? await PublishAsync(plan, options, progress, errors, cancellationToken)
                : await SaveDraftsAsync(plan, options, progress, errors, cancellationToken);
            if (written)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        });
        db.ChangeTracker.Clear();
        return errors;
    }

    /// <summary>
    /// Writes kind by kind in the dataset's order, so what a record points at exists before it: before each bulk kind,
    /// the small kinds that come earlier; then that kind's batches, parents first; at the end every small kind again
    /// with what pointed ahead (a round's findings naming documents of this import).
    /// </summary>
    private async Task<bool> PublishAsync(
        ImportPlan plan, ImportOptions options, TextWriter progress, List<DatasetError> errors, CancellationToken cancellationToken)
    {
        var earlier = new List<ImportedFile>();
        var count = 0;
        foreach (var kind in DatasetFiles.Kinds)
        {
            if (!kind.IsBulk)
            {
                earlier.AddRange(plan.Changes.Where(c => c.File.Kind == kind).Select(c => c.File));
                continue;
            }

            await importer.WriteAsync(await WithoutFindingsAheadAsync(earlier, cancellationToken), cancellationToken);
            foreach (var batch in plan.BulkChanges.Where(c => c.File.Kind == kind).OrderBy(c => c.Depth).Chunk(ImportValidation.BatchSize))
            {
                if (Read(batch, errors) is not { } files)
                {
                    return false;
                }

                var subset = new Dataset();
                files.PutInto(subset);
                await importer.WriteAsync(subset, cancellationToken);
                await RecordAsync([.. files.Select(f => (f.File, f.CanonicalJson()))], options, cancellationToken);
                count += batch.Length;
                await ImportValidation.ReportAsync(progress, "wrote", count, plan.Count, ImportValidation.BatchSize);
            }
        }

        var all = new Dataset();
        plan.Changes.Select(c => c.File).PutInto(all);
        await importer.WriteAsync(all, cancellationToken);
        foreach (var change in plan.Changes)
        {
            await change.File.Kind.RemoveUnlistedAsync(db, change.File.Content, cancellationToken);
        }

        await RecordAsync([.. plan.Changes.Select(c => (c.File.File, c.Json))], options, cancellationToken);
        return true;
    }

    /// <summary>
    /// The small kinds' files as they can be written now: a round's findings that name a document not yet in the
    /// database wait for the last step, when the import's documents are there.
    /// </summary>
    private async Task<Dataset> WithoutFindingsAheadAsync(IReadOnlyList<ImportedFile> files, CancellationToken cancellationToken)
    {
        var dataset = new Dataset();
        files.PutInto(dataset);
        var named = dataset.MonitoringRounds.SelectMany(r => r.Record.Findings).Select(f => f.Document).OfType<string>().Distinct().ToList();
        var present = (await db.Documents.Where(d => named.Contains(d.Slug)).Select(d => d.Slug).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var rounds = dataset.MonitoringRounds;
        for (var i = 0; i < rounds.Count; i++)
        {
            rounds[i] = rounds[i] with
            {
                Record = rounds[i].Record with { Findings = [.. rounds[i].Record.Findings.Where(f => f.Document is null || present.Contains(f.Document))] },
            };
        }

        return dataset;
    }

    private async Task<bool> SaveDraftsAsync(
        ImportPlan plan, ImportOptions options, TextWriter progress, List<DatasetError> errors, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var batch in plan.Changes.Chunk(ImportValidation.BatchSize))
        {
            await RecordAsync([.. batch.Select(c => (c.File.File, c.Json))], options, cancellationToken);
            count += batch.Length;
        }

        foreach (var batch in plan.BulkChanges.Chunk(ImportValidation.BatchSize))
        {
            if (Read(batch, errors) is not { } files)
            {
                return false;
            }

            await RecordAsync([.. files.Select(f => (f.File, f.CanonicalJson()))], options, cancellationToken);
            count += batch.Length;
            await ImportValidation.ReportAsync(progress, "wrote", count, plan.Count, ImportValidation.BatchSize);
        }

        return true;
    }

    private static List<ImportedFile>? Read(IEnumerable<BulkChange> batch, List<DatasetError> errors)
    {
        var files = batch.Select(c => c.File.Read(errors)).ToList();
        return files.Contains(null) ? null : [.. files.OfType<ImportedFile>()];
    }

    /// <summary>
    /// One revision per file, by the importer, and for drafts the draft itself; saved, and the change tracker emptied
    /// for the next batch.
    /// </summary>
    private async Task RecordAsync(IReadOnlyList<(string File, string Json)> files, ImportOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var names = files.Select(f => f.File).ToList();
        var numbers = await RevisionNumbersAsync(names, cancellationToken);
        var drafts = options.Publish ? [] : await db.ContentDrafts.Where(d => names.Contains(d.File))
            .ToDictionaryAsync(d => d.File, StringComparer.Ordinal, cancellationToken);
        foreach (var (file, json) in files)
        {
            var number = numbers.GetValueOrDefault(file) + 1;
            if (!options.Publish)
            {
                if (!drafts.TryGetValue(file, out var draft))
                {
                    draft = new ContentDraft { File = file, FirstRevision = number };
                    db.ContentDrafts.Add(draft);
                }

                draft.Json = json;
                draft.State = DraftState.Draft;
                draft.ReviewComment = null;
                draft.Version++;
                draft.UpdatedUtc = now;
                draft.UpdatedBy = options.Actor;
            }

            db.ContentRevisions.Add(new ContentRevision
            {
                File = file,
                Number = number,
                Action = options.Publish ? RevisionAction.Published : RevisionAction.Saved,
                Json = json,
                AuthorId = options.ActorId,
                Author = options.Actor,
                CreatedUtc = now,
                Comment = "Imported",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private Task<Dictionary<string, int>> RevisionNumbersAsync(IReadOnlyList<string> files, CancellationToken cancellationToken) =>
        db.ContentRevisions.Where(r => files.Contains(r.File)).GroupBy(r => r.File)
            .Select(g => new { File = g.Key, Number = g.Max(r => r.Number) })
            .ToDictionaryAsync(r => r.File, r => r.Number, StringComparer.Ordinal, cancellationToken);
}
