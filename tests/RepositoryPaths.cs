namespace CseaHub.Tests;

/// <summary>Finds the repository's folders from a test's output directory, wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dataset => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CseaHub.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CseaHub.slnx not found above " + AppContext.BaseDirectory);
    }
}
