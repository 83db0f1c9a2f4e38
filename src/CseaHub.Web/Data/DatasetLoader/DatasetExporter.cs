using System.Text.Json;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// Writes the database's content back out in the dataset format, so an export can be imported into an empty hub.
/// It exports every status and visibility: it is an operator's backup, not a public feed. Returns what it wrote, in words.
/// </summary>
public sealed class DatasetExporter(HubDbContext db)
{
    public async Task<string> ExportAsync(string root, CancellationToken cancellationToken = default)
    {
        var dataset = await DatasetFiles.SnapshotAsync(db, cancellationToken);
        foreach (var kind in DatasetFiles.Kinds)
        {
            foreach (var (file, content) in kind.FilesOf(dataset))
            {
                var path = Path.Combine(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using var stream = File.Create(path);
                await JsonSerializer.SerializeAsync(stream, content, kind.ContentType, DatasetJson.Options, cancellationToken);
            }
        }

        return $"{dataset.Organisations.Count} organisations, {dataset.Instruments.Count} instruments, {dataset.MonitoringRounds.Count} monitoring rounds, " +
            $"{dataset.Documents.Count} documents, {dataset.Authorities.Count} authorities, {dataset.Glossary.Count} glossary terms, {dataset.Routes.Count} cooperation routes";
    }
}
