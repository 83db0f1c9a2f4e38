namespace CseaHub.Tests;

/// <summary>Copies of the bundled dataset that a test may change without touching the repository.</summary>
internal static class TestDatasets
{
    public static string CopyBundled(string? into = null)
    {
        var copy = into ?? Directory.CreateTempSubdirectory("cseahub-dataset-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Dataset, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Dataset, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
