namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Reads, validates and imports a dataset folder; nothing is written unless the whole folder is valid.</summary>
public sealed class DatasetLoad(DatasetImporter importer, TimeProvider clock)
{
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
