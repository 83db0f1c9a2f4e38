using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Reads, validates and imports a dataset folder; nothing is written unless the whole folder is valid.</summary>
public sealed class DatasetLoad(DatasetImporter importer, HubDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The load at start-up: the folder, except the files editors have published a change to since (see
    /// <see cref="LoadAsync"/>); skipped when the database was last loaded from the same files by the same release
    /// (<see cref="DatasetFingerprint"/>), which would change nothing. Null when skipped.
    /// </summary>
    public async Task<(DatasetImportSummary Summary, int Kept)?> LoadAtStartAsync(string root, CancellationToken cancellationToken)
    {
        var fingerprint = DatasetFingerprint.Of(root);
        if (await db.LoadedDatasets.AnyAsync(d => d.Fingerprint == fingerprint, cancellationToken))
        {
            return null;
        }

        var editedInHub = await db.ContentRevisions
            .Where(r => r.Action == RevisionAction.Published || r.Action == RevisionAction.Archived)
            .Select(r => r.File).Distinct().ToListAsync(cancellationToken);
        var summary = await LoadAsync(root, editedInHub.ToHashSet(StringComparer.Ordinal), cancellationToken);
        db.LoadedDatasets.RemoveRange(await db.LoadedDatasets.ToListAsync(cancellationToken));
        db.LoadedDatasets.Add(new LoadedDataset { Fingerprint = fingerprint, LoadedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return (summary, editedInHub.Count);
    }

    /// <param name="root">The dataset folder.</param>
    /// <param name="keep">
    /// Files whose content in the database is left as it is even when the folder's differs: at start-up, the files
    /// editors have published a change to since, so a restart never undoes their work. The folder is still
    /// validated as a whole.
    /// </param>
    /// <param name="cancellationToken">Stops the load; nothing is written then.</param>
    public async Task<DatasetImportSummary> LoadAsync(
        string root, IReadOnlySet<string>? keep = null, CancellationToken cancellationToken = default)
    {
        var (dataset, readErrors) = DatasetReader.Read(root);
        var errors = readErrors.Concat(
            DatasetValidator.Validate(dataset, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))).ToList();
        if (errors.Count > 0)
        {
            throw new DatasetException(errors);
        }

        foreach (var file in keep ?? (IEnumerable<string>)[])
        {
            DatasetFiles.KindOf(file)?.Remove(dataset, file);
        }

        return await importer.ImportAsync(dataset, cancellationToken);
    }
}
