namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// The bundled dataset a database was last loaded from, by fingerprint: a node that starts on the same files and the
/// same release skips the load, which reads and checks every file and costs seconds of every start.
/// </summary>
public sealed class LoadedDataset
{
    public int Id { get; set; }

    public string Fingerprint { get; set; } = string.Empty;

    public DateTime LoadedUtc { get; set; }
}
