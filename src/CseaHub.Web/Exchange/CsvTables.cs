using CseaHub.Web.Pages.Admin.Content;

namespace CseaHub.Web.Exchange;

/// <summary>One CSV table being written or read: its name (the file's, without <c>.csv</c>), its columns and rows.</summary>
public sealed class CsvTable(string name)
{
    public const string Id = "_id";
    public const string Parent = "_parent";

    /// <summary>The column of a list whose items are single values (a route's authority roles).</summary>
    public const string Value = "value";

    public string Name { get; } = name;

    public List<string> Columns { get; } = [];

    public List<Dictionary<string, string>> Rows { get; } = [];

    public void Add(Dictionary<string, string> row)
    {
        foreach (var column in row.Keys.Where(c => !Columns.Contains(c)))
        {
            Columns.Add(column);
        }

        Rows.Add(row);
    }
}

/// <summary>
/// Flattens a record's form (<see cref="RecordForm"/>, the back office's lossless view of a record) into CSV rows:
/// one row per record in the kind's table, with a column per field path (<c>name.en</c>, <c>address.street</c>);
/// lists of single texts in one cell, a line each; each list of records in a table of its own
/// (<c>organisation.sections</c>), one row per item, tied to its record by <c>_parent</c>.
/// </summary>
public static class CsvTables
{
    public static void Flatten(FormNode record, string table, string id, Dictionary<string, CsvTable> tables) =>
        Flatten(record, table, id, tables, schema: false);

    /// <summary>
    /// Every table and column a record type can have, from its empty form (whose lists each hold one empty item), to
    /// tell a misspelt column from a field.
    /// </summary>
    public static Dictionary<string, CsvTable> Schema(FormNode emptyRecord, string table)
    {
        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        Flatten(emptyRecord, table, string.Empty, tables, schema: true);
        return tables;
    }

    /// <summary>A list whose items are single values (one <c>value</c> column), rather than records.</summary>
    public static bool HoldsValues(CsvTable table) => table.Columns is [CsvTable.Id, CsvTable.Value] or [CsvTable.Parent, CsvTable.Id, CsvTable.Value];

    private static void Flatten(FormNode record, string table, string id, Dictionary<string, CsvTable> tables, bool schema)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal) { [CsvTable.Id] = id };
        Fill(record, record.Path, table, id, row, tables, schema);
        TableNamed(tables, table).Add(row);
    }

    private static void Fill(
        FormNode node, string itemPath, string table, string id, Dictionary<string, string> row, Dictionary<string, CsvTable> tables, bool schema)
    {
        switch (node.Kind)
        {
            case FormNodeKind.Group:
                foreach (var child in node.Items)
                {
                    Fill(child, itemPath, table, id, row, tables, schema);
                }

                break;
            case FormNodeKind.List:
                var childTable = $"{table}.{Relative(node.Path, itemPath)}";
                TableNamed(tables, childTable);

                // The form ends every list with an empty item to fill in: it is not data (but shows the item's fields).
                foreach (var (item, index) in (schema ? node.Items : node.Items.SkipLast(1)).Select((item, i) => (item, i + 1)))
                {
                    var itemId = $"{id}/{index}";
                    var itemRow = new Dictionary<string, string>(StringComparer.Ordinal) { [CsvTable.Parent] = id, [CsvTable.Id] = itemId };
                    if (item.Kind is FormNodeKind.Group or FormNodeKind.List)
                    {
                        Fill(item, item.Path, childTable, itemId, itemRow, tables, schema);
                    }
                    else
                    {
                        itemRow[CsvTable.Value] = item.Value ?? string.Empty;
                    }

                    tables[childTable].Add(itemRow);
                }

                break;
            case FormNodeKind.Check:
                row[Relative(node.Path, itemPath)] = node.Value == "true" ? "true" : "false";
                break;
            default:
                row[Relative(node.Path, itemPath)] = node.Value ?? string.Empty;
                break;
        }
    }

    /// <summary>A field's path within the item that holds it: <c>sections[0].title.en</c> within <c>sections[0]</c> is <c>title.en</c>.</summary>
    public static string Relative(string path, string itemPath) =>
        itemPath.Length == 0 ? path : path[(itemPath.Length + 1)..];

    private static CsvTable TableNamed(Dictionary<string, CsvTable> tables, string name)
    {
        if (!tables.TryGetValue(name, out var table))
        {
            table = new CsvTable(name);
            tables[name] = table;
        }

        return table;
    }
}
