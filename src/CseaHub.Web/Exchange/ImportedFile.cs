using CseaHub.Web.Data.DatasetLoader;

namespace CseaHub.Web.Exchange;

/// <summary>A dataset file read for import: where it belongs in the dataset, its kind and content, and where it came from.</summary>
public sealed record ImportedFile(string File, DatasetFileKind Kind, object Content, string Source);

/// <summary>A dataset file an import has found and reads when asked (as often as asked: a large import reads its files again to write them).</summary>
public sealed class SourceFile(string file, DatasetFileKind kind, string source, Func<List<DatasetError>, object?> read)
{
    public string File { get; } = file;

    public DatasetFileKind Kind { get; } = kind;

    /// <summary>Where the file came from, for error messages: a path in the folder, or a CSV table and line.</summary>
    public string Source { get; } = source;

    /// <summary>The file's content; null, with what is wrong added to <paramref name="errors"/>, when it cannot be read.</summary>
    public ImportedFile? Read(List<DatasetError> errors) => read(errors) is { } content ? new ImportedFile(File, Kind, content, Source) : null;
}

internal static class ImportedFiles
{
    /// <summary>Puts the files into the dataset kind by kind, in one pass each (one by one is quadratic at 100,000 files).</summary>
    public static void PutInto(this IEnumerable<ImportedFile> files, Dataset dataset)
    {
        foreach (var kind in files.GroupBy(f => f.Kind))
        {
            kind.Key.PutAll(dataset, [.. kind.Select(f => (f.File, f.Content))]);
        }
    }

    /// <summary>The content as the hub stores and compares it: canonical order, the dataset's JSON.</summary>
    public static string CanonicalJson(this ImportedFile file) => file.Kind.Serialize(file.Kind.Canonical(file.Content));
}
