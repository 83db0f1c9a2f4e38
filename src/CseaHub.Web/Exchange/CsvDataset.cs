using System.Text.Json;
using System.Text.Json.Nodes;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Pages.Admin.Content;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CseaHub.Web.Exchange;

/// <summary>
/// The dataset as CSV (RFC 4180, UTF-8, CsvHelper): a file per kind (<c>organisation.csv</c>) and per list of
/// records within it (<c>organisation.sections.csv</c>), laid out by <see cref="CsvTables"/>. Reading goes back
/// through the back office's record form, so a CSV value is read exactly as the same value typed in the form.
/// Text that a spreadsheet would run as a formula (starting with =, +, -, @) is written with a leading apostrophe,
/// which reading takes off again.
/// </summary>
public static class CsvDataset
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static async Task<int> WriteAsync(
        Func<DatasetFileKind, IAsyncEnumerable<(string File, object Content)>> filesOf, IEnumerable<DatasetFileKind> kinds, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var kind in kinds)
        {
            var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal) { [kind.Name] = new CsvTable(kind.Name) };
            await foreach (var (file, content) in filesOf(kind).WithCancellation(cancellationToken))
            {
                foreach (var (id, type, node) in RecordsOf(kind, file, content))
                {
                    CsvTables.Flatten(RecordForm.Build(type, node), kind.Name, id, tables);
                }
            }

            foreach (var table in tables.Values.Where(t => t.Rows.Count > 0))
            {
                await WriteTableAsync(table, Path.Combine(folder, table.Name + ".csv"), cancellationToken);
                written++;
            }
        }

        return written;
    }

    /// <summary>The CSV files of <paramref name="folder"/> (or the one file) as dataset files, with every error found.</summary>
    public static (IReadOnlyList<ImportedFile> Files, IReadOnlyList<DatasetError> Errors) Read(string folder, IReadOnlyList<string> paths)
    {
        var errors = new List<DatasetError>();
        var tables = new Dictionary<string, (CsvTable Table, string File, List<int> Lines)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var file = Path.GetRelativePath(folder, path);
            try
            {
                tables[name] = ReadTable(name, path, file);
            }
            catch (Exception exception) when (exception is CsvFormatException or CsvValidationException or IOException or InvalidDataException)
            {
                errors.Add(new DatasetError(file, "(file)", "(none)", exception.Message));
            }
        }

        var files = new List<ImportedFile>();
        foreach (var kind in DatasetFiles.Kinds.Where(k => tables.ContainsKey(k.Name)))
        {
            files.AddRange(new KindReading(kind, tables, errors).Read());
        }

        var kindNames = string.Join(", ", DatasetFiles.Kinds.Select(k => k.Name));
        foreach (var unknown in tables.Keys.Where(name => !DatasetFiles.Kinds.Any(k => name == k.Name || name.StartsWith(k.Name + ".", StringComparison.Ordinal))))
        {
            errors.Add(DatasetError.Of(tables[unknown].File, $"(file)", "(none)", $"Not a dataset table: name files after a kind ({kindNames}), as the export does."));
        }

        return (files, errors);
    }

    /// <summary>Each record of a file: its row id, its type and its JSON.</summary>
    private static IEnumerable<(string Id, Type Type, JsonNode? Node)> RecordsOf(DatasetFileKind kind, string file, object content)
    {
        var node = JsonSerializer.SerializeToNode(content, kind.ContentType, DatasetJson.Options);
        return kind.HoldsList
            ? node!.AsArray().Select((item, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), kind.RecordType, item))
            : [(Path.GetFileNameWithoutExtension(file), kind.RecordType, node)];
    }

    private static async Task WriteTableAsync(CsvTable table, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape });
        csv.WriteHeader([.. table.Columns]);
        foreach (var row in table.Rows)
        {
            await csv.WriteRecordAsync([.. table.Columns.Select(c => row.GetValueOrDefault(c, string.Empty))], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static (CsvTable Table, string File, List<int> Lines) ReadTable(string name, string path, string file)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true });
        var table = new CsvTable(name);
        var lines = new List<int>();
        while (csv.Read())
        {
            if (table.Columns.Count == 0)
            {
                table.Columns.AddRange(csv.Headers.ToArray());
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(csv.FieldCount, table.Columns.Count); i++)
            {
                row[table.Columns[i]] = Unescaped(csv.GetString(i));
            }

            table.Rows.Add(row);
            lines.Add((int)csv.LineNumber);
        }

        return (table, file, lines);
    }

    private static string Unescaped(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    /// <summary>Rebuilds one kind's files from its tables, reporting each error at its file and line.</summary>
    private sealed class KindReading(
        DatasetFileKind kind, Dictionary<string, (CsvTable Table, string File, List<int> Lines)> tables, List<DatasetError> errors)
    {
        private readonly Dictionary<string, (string File, int Line)> _origins = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<(string Name, string File, ILookup<string, (Dictionary<string, string> Row, int Line)> Rows)>> _children =
            new(StringComparer.Ordinal);

        private Dictionary<string, CsvTable> _schema = [];

        public IReadOnlyList<ImportedFile> Read()
        {
            var (main, mainFile, mainLines) = tables[kind.Name];
            _schema = CsvTables.Schema(RecordForm.Build(kind.RecordType, null), kind.Name);
            var before = errors.Count;
            CheckColumns();
            if (main.Rows.Select(r => r.GetValueOrDefault(CsvTable.Id, string.Empty)).GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            {
                errors.Add(DatasetError.Of(mainFile, $"(file)", CsvTable.Id, $"Two rows have the id '{duplicate.Key}': each row needs its own, so its lists find it."));
            }

            var records = new List<(JsonNode? Node, int Line)>();
            foreach (var (row, line) in main.Rows.Zip(mainLines))
            {
                records.Add((ReadRecord(row, mainFile, line), line));
            }

            if (errors.Count > before)
            {
                return [];
            }

            if (kind.HoldsList)
            {
                return Deserialize(new JsonArray([.. records.Select(r => r.Node)]), mainFile, 0) is { } list ? [list] : [];
            }

            if (kind is OneFileKind && records.Count != 1)
            {
                errors.Add(DatasetError.Of(mainFile, $"(file)", "(none)", $"A {kind.Name} file is one record: the table must hold one row, not {records.Count}."));
                return [];
            }

            return [.. records.Select(r => Deserialize(r.Node, mainFile, r.Line)).OfType<ImportedFile>()];
        }

        private JsonNode? ReadRecord(Dictionary<string, string> row, string mainFile, int line)
        {
            var form = new Dictionary<string, StringValues>(StringComparer.Ordinal);
            _origins.Clear();
            _origins[string.Empty] = (mainFile, line);
            Copy(row, string.Empty, form);
            AddChildren(kind.Name, row.GetValueOrDefault(CsvTable.Id, string.Empty), string.Empty, form);

            var fieldErrors = new Dictionary<string, string>(StringComparer.Ordinal);
            var node = RecordForm.Read(kind.RecordType, new FormCollection(form), previous: null, hasStatus: false, fieldErrors);
            foreach (var (path, message) in fieldErrors)
            {
                var (file, at) = OriginOf(path);
                errors.Add(DatasetError.Of(file, $"line {at}", path, DatasetError.Plain(message)));
            }

            if (node is JsonObject record && kind.HasStatus)
            {
                // An export holds published content only; imported as drafts, the workflow decides when it is.
                record["status"] = "published";
            }

            return node;
        }

        private ImportedFile? Deserialize(JsonNode? node, string mainFile, int line)
        {
            try
            {
                var content = kind.Deserialize(node?.ToJsonString() ?? "null");
                if (kind.FileFor(content) is { } file)
                {
                    return new ImportedFile(file, kind, content, line == 0 ? mainFile : $"{mainFile}, line {line}");
                }

                errors.Add(DatasetError.Of(mainFile, $"line {line}", "slug", $"Fill in this field."));
            }
            catch (JsonException exception)
            {
                var (path, message) = RecordForm.ErrorOf(exception);
                errors.Add(DatasetError.Of(mainFile, line == 0 ? (FormattableString)$"(file)" : $"line {line}", path, DatasetError.Plain(message)));
            }

            return null;
        }

        private void AddChildren(string table, string parentId, string pathPrefix, Dictionary<string, StringValues> form)
        {
            foreach (var (name, file, rows) in ChildrenOf(table))
            {
                var listPath = Join(pathPrefix, name[(table.Length + 1)..]);
                var holdsValues = _schema.TryGetValue(name, out var expected) && CsvTables.HoldsValues(expected);
                var index = 0;
                foreach (var (row, line) in rows[parentId])
                {
                    var itemPath = $"{listPath}[{index}]";
                    _origins[itemPath] = (file, line);
                    if (holdsValues)
                    {
                        form[itemPath] = row.GetValueOrDefault(CsvTable.Value, string.Empty);
                    }
                    else
                    {
                        Copy(row, itemPath, form);
                    }

                    AddChildren(name, row.GetValueOrDefault(CsvTable.Id, string.Empty), itemPath, form);
                    index++;
                }

                form[listPath + RecordForm.CountSuffix] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        /// <summary>The tables of the lists within <paramref name="table"/>'s rows, each row found by its parent's id (once per table: 100,000 rows each).</summary>
        private IReadOnlyList<(string Name, string File, ILookup<string, (Dictionary<string, string> Row, int Line)> Rows)> ChildrenOf(string table)
        {
            if (!_children.TryGetValue(table, out var children))
            {
                children = [.. tables.Where(t => ParentOf(t.Key) == table).Select(t => (t.Key, t.Value.File,
                    t.Value.Table.Rows.Zip(t.Value.Lines).Where(r => r.First.ContainsKey(CsvTable.Parent))
                        .ToLookup(r => r.First[CsvTable.Parent], StringComparer.Ordinal)))];
                _children[table] = children;
            }

            return children;
        }

        /// <summary>The nearest table whose name, and a dot, starts this one's: a list within a list item belongs to the item's table.</summary>
        private string? ParentOf(string name) =>
            tables.Keys.Where(other => name.StartsWith(other + ".", StringComparison.Ordinal)).MaxBy(other => other.Length);

        private static void Copy(Dictionary<string, string> row, string itemPath, Dictionary<string, StringValues> form)
        {
            foreach (var (column, value) in row.Where(c => c.Key is not (CsvTable.Id or CsvTable.Parent)))
            {
                form[Join(itemPath, column)] = value;
            }
        }

        private (string File, int Line) OriginOf(string path) =>
            _origins.Where(o => o.Key.Length == 0 || path == o.Key || path.StartsWith(o.Key + ".", StringComparison.Ordinal) || path.StartsWith(o.Key + "[", StringComparison.Ordinal))
                .MaxBy(o => o.Key.Length).Value;

        /// <summary>A column or table the record has no field for is a typing mistake to report, not a value to drop silently.</summary>
        private void CheckColumns()
        {
            foreach (var (name, (table, file, _)) in tables.Where(t => t.Key == kind.Name || t.Key.StartsWith(kind.Name + ".", StringComparison.Ordinal)))
            {
                if (!_schema.TryGetValue(name, out var expected))
                {
                    errors.Add(DatasetError.Of(file, $"(file)", "(none)", $"A {kind.Name} has no list that this table could hold."));
                    continue;
                }

                foreach (var column in table.Columns.Where(c => !expected.Columns.Contains(c)))
                {
                    errors.Add(new DatasetError(file, "line 1", column, "No field has this name: check the spelling against an export."));
                }
            }
        }

        private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
    }
}
