namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Reads, validates and imports a dataset folder; nothing is written unless the whole folder is valid.</summary>
public sealed class DatasetLoad(DatasetImporter importer, TimeProvider clock)
{
    public async Task<DatasetImportSummary> LoadAsync(string root, CancellationToken cancellationToken = default)
    {
        var (dataset, readErrors) = DatasetReader.Read(root);
        var errors = readErrors.Concat(
            DatasetValidator.Validate(dataset, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))).ToList();
        if (errors.Count > 0)
        {
            throw new DatasetException(errors);
        }

        return await importer.ImportAsync(dataset, cancellationToken);
    }
}
