using System.Text.Json;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Pages.Admin.Content;

namespace CseaHub.Web.Exchange;

/// <summary>
/// Opens what an operator hands to <c>import</c>: a folder in the dataset's layout (any part of it: some
/// organisations, one taxonomy), one file of it, or CSV tables as <c>export --format csv</c> writes them. JSON files
/// are read when asked, one at a time, so an import of 100,000 files never holds them all; CSV tables are read at
/// once (a record's lists are in other tables). Every unreadable file is an error naming the file, the line and the
/// JSON path; nothing is read half.
/// </summary>
public static class DatasetSource
{
    /// <returns>The files found, the errors found, and the files of a folder that are no dataset file (the map's shapes).</returns>
    public static (IReadOnlyList<SourceFile> Files, IReadOnlyList<DatasetError> Errors, IReadOnlyList<string> Skipped) Open(string path)
    {
        var errors = new List<DatasetError>();
        var skipped = new List<string>();
        var files = new List<SourceFile>();
        string root;
        List<string> paths;
        if (Directory.Exists(path))
        {
            root = path;
            paths = [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path))
        {
            root = Path.GetDirectoryName(Path.GetFullPath(path))!;
            paths = [path];
        }
        else
        {
            return ([], [new DatasetError(path, "(none)", "(none)", "No such file or folder.")], []);
        }

        foreach (var json in paths.Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            if (OpenJson(root, json, single: paths.Count == 1, errors, skipped) is { } file)
            {
                files.Add(file);
            }
        }

        var tables = paths.Where(p => p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (tables.Count > 0)
        {
            var (fromCsv, csvErrors) = CsvDataset.Read(root, tables);
            files.AddRange(fromCsv.Select(read => new SourceFile(read.File, read.Kind, read.Source, _ => read.Content)));
            errors.AddRange(csvErrors);
        }

        if (files.Count == 0 && errors.Count == 0)
        {
            errors.Add(new DatasetError(path, "(none)", "(none)", "No dataset file here: give JSON files in the dataset's layout or CSV tables from an export."));
        }

        foreach (var twice in files.GroupBy(f => f.File, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var sources = string.Join("; ", twice.Select(f => f.Source));
            errors.Add(DatasetError.Of(twice.Key, $"(file)", "slug", $"Given {twice.Count()} times ({sources}): import each item once."));
        }

        return (files, errors, skipped);
    }

    private static SourceFile? OpenJson(string root, string path, bool single, List<DatasetError> errors, List<string> skipped)
    {
        var source = Path.GetRelativePath(root, path).Replace('\\', '/');

        // One file on its own is placed by its folder names, as far up as the dataset's layout goes (cooperation/routes/x.json).
        var file = single ? LayoutPathOf(path) : source;
        if (!single && DatasetFiles.KindOf(file!) is null)
        {
            skipped.Add(source);
            return null;
        }

        if (file is null || DatasetFiles.KindOf(file) is not { } kind)
        {
            errors.Add(new DatasetError(source, "(file)", "(none)",
                "Not a dataset file: use the dataset's layout (organisations/SLUG.json, taxonomies/topics.json, …), as the export writes it."));
            return null;
        }

        return new SourceFile(file, kind, source, readErrors => ReadJson(path, file, kind, source, readErrors));
    }

    private static object? ReadJson(string path, string file, DatasetFileKind kind, string source, List<DatasetError> errors)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var content = JsonSerializer.Deserialize(stream, kind.ContentType, DatasetJson.Options);
            if (content is null)
            {
                errors.Add(new DatasetError(source, "(file)", "$", "The file holds null instead of a record."));
                return null;
            }

            if (kind.FileFor(content) != file)
            {
                errors.Add(DatasetError.Of(source, $"(file)", "slug", $"The slug names the file: this record belongs in {kind.FileFor(content)}."));
                return null;
            }

            return content;
        }
        catch (JsonException exception)
        {
            var (field, message) = RecordForm.ErrorOf(exception);
            var where = exception.LineNumber is { } number ? (FormattableString)$"line {number + 1}" : $"(file)";
            errors.Add(DatasetError.Of(source, where, field.Length == 0 ? "$" : field, DatasetError.Plain(message)));
            return null;
        }
        catch (IOException exception)
        {
            errors.Add(new DatasetError(source, "(file)", "(none)", exception.Message));
            return null;
        }
    }

    private static string? LayoutPathOf(string path)
    {
        var parts = Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(1, Math.Min(3, parts.Length))
            .Select(count => string.Join('/', parts[^count..]))
            .FirstOrDefault(candidate => DatasetFiles.KindOf(candidate) is not null);
    }
}
