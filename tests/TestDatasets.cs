namespace CseaHub.Tests;

/// <summary>Copies of the bundled dataset, or of a hub's data, that a test may change without touching the original.</summary>
internal static class TestDatasets
{
    public static string CopyBundled(string? into = null)
    {
        var copy = into ?? Directory.CreateTempSubdirectory("cseahub-dataset-").FullName;
        CopyDirectory(RepositoryPaths.Dataset, copy, "*.json");
        return copy;
    }

    /// <summary>Copies every file under <paramref name="from"/> that matches <paramref name="pattern"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyDirectory(string from, string to, string pattern = "*")
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
