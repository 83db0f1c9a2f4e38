using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CseaHub.Web.Data.DatasetLoader;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>
/// Builds the back office's form for any dataset file from the shape of its record (System.Text.Json's metadata
/// for the dataset format), and reads a posted form back into that format. One form for every content type: a
/// new field in a record appears in the back office without a line of UI code. Works without JavaScript: lists
/// always offer one empty item to fill in, and an item is removed by ticking its box.
/// </summary>
public static partial class RecordForm
{
    /// <summary>The field that tells how many items of a list the form showed.</summary>
    public const string CountSuffix = ".count";

    public const string RemoveSuffix = ".remove";

    /// <summary>The most values one form may post: the largest file (an instrument with its parties) needs a few thousand.</summary>
    public const int MaxValues = 50_000;

    /// <summary>Long texts get a text area; those rendered as Markdown say so.</summary>
    private static readonly HashSet<string> LongTexts = new(StringComparer.Ordinal)
    {
        "summary", "description", "body", "introduction", "fundingDisclaimer", "text", "definition", "reservations", "requirements",
    };

    private static readonly HashSet<string> MarkdownTexts = new(StringComparer.Ordinal) { "description", "body", "introduction", "fundingDisclaimer" };

    /// <summary>The workflow sets a file's status; the form never shows it.</summary>
    private const string StatusProperty = "status";

    public static FormNode Build(Type type, JsonNode? value) => Node(type, value, string.Empty, string.Empty, null);

    /// <summary>
    /// The posted form as the dataset's JSON, with the status kept from <paramref name="previous"/> (or "draft" for
    /// a new item). Values that cannot be read (a number that is not one, a control character, a form far larger than
    /// any file) are reported in <paramref name="errors"/>.
    /// </summary>
    public static JsonNode? Read(Type type, IFormCollection form, JsonNode? previous, bool hasStatus, Dictionary<string, string> errors)
    {
        var node = Value(type, string.Empty, previous, required: true, nullable: false, new Reading(form, errors));
        if (hasStatus && node is JsonObject record)
        {
            KeepStatus(record, previous);
        }

        return node;
    }

    /// <summary>Gives a record the status of the version it replaces (a new one is a draft): editors never set it.</summary>
    public static void KeepStatus(JsonObject record, JsonNode? previous) =>
        record[StatusProperty] = previous?[StatusProperty]?.DeepClone() ?? "draft";

    /// <summary>
    /// One form being read. Every value read spends from a budget, so nested lists with made-up item counts cannot
    /// keep the server busy: the largest file needs a few thousand values.
    /// </summary>
    private sealed class Reading(IFormCollection form, Dictionary<string, string> errors)
    {
        private int _budget = MaxValues * 4;

        public Dictionary<string, string> Errors { get; } = errors;

        public string this[string path] => form[path].ToString();

        public bool Spend()
        {
            if (--_budget >= 0)
            {
                return true;
            }

            Errors.TryAdd(string.Empty, "The form holds more items than any file can; nothing was saved.");
            return false;
        }
    }

    /// <summary>
    /// Where a deserialisation error belongs in the form and what to say: the JSON path as a form path (<c>$.a[0].b</c>
    /// → <c>a[0].b</c>, <c>$[0].b</c> → <c>[0].b</c>), and a missing required value named on its own field.
    /// </summary>
    public static (string Path, string Message) ErrorOf(JsonException exception)
    {
        var path = exception.Path switch
        {
            null or "$" => string.Empty,
            var p when p.StartsWith("$.", StringComparison.Ordinal) => p[2..],
            var p => p[1..],
        };
        var missing = MissingProperty().Match(exception.Message);
        return missing.Success
            ? (Join(path, missing.Groups[1].Value), "Fill in this field.")
            : (path, exception.Message.Split(" Path: ")[0]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("missing required properties including: '([A-Za-z]+)'")]
    private static partial System.Text.RegularExpressions.Regex MissingProperty();

    private static JsonTypeInfo Info(Type type) => DatasetJson.Options.GetTypeInfo(type);

    private static FormNode Node(Type type, JsonNode? value, string path, string name, JsonPropertyInfo? property)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner == typeof(string))
        {
            // A localised text's fields are "en" and "fr": whether it is long is told by the text's own name.
            var textName = name is "en" or "fr" ? Parent(path) : name;
            return new FormNode(path, name, LongTexts.Contains(textName) ? FormNodeKind.Multiline : FormNodeKind.Text, Text(value),
                Markdown: MarkdownTexts.Contains(textName));
        }

        if (inner.IsEnum)
        {
            var choices = Enum.GetNames(inner).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToList();
            return new FormNode(path, name, FormNodeKind.Choice, Text(value), Choices: choices);
        }

        if (inner == typeof(bool))
        {
            return new FormNode(path, name, FormNodeKind.Check, value?.GetValue<bool>() == true ? "true" : null);
        }

        if (inner == typeof(int))
        {
            return new FormNode(path, name, FormNodeKind.Number, value?.ToJsonString());
        }

        if (inner == typeof(DateOnly))
        {
            return new FormNode(path, name, FormNodeKind.Date, Text(value));
        }

        if (ElementOf(inner) is { } element)
        {
            if (element == typeof(string))
            {
                var lines = value is JsonArray array ? string.Join('\n', array.Select(Text)) : null;
                return new FormNode(path, name, FormNodeKind.Lines, lines);
            }

            var items = (value as JsonArray ?? []).Select((item, i) => Node(element, item, $"{path}[{i}]", name, null)).ToList();
            items.Add(Node(element, null, $"{path}[{items.Count}]", name, null));
            return new FormNode(path, name, FormNodeKind.List, Children: items);
        }

        var children = Info(inner).Properties
            .Where(p => !(path.Length == 0 && p.Name == StatusProperty))
            .Select(p => Node(p.PropertyType, value?[p.Name], Join(path, p.Name), p.Name, p))
            .ToList();
        return new FormNode(path, property?.Name ?? name, FormNodeKind.Group, Children: children);
    }

    // previous: the value at this path before the edit, to keep an empty list empty or null as it was.
    private static JsonNode? Value(Type type, string path, JsonNode? previous, bool required, bool nullable, Reading reading)
    {
        if (!reading.Spend())
        {
            return null;
        }

        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner == typeof(string) || inner.IsEnum || inner == typeof(DateOnly))
        {
            // Only the spaces and line breaks typed around a value go: a non-breaking space in a stored address is content.
            var text = reading[path].Replace("\r\n", "\n", StringComparison.Ordinal).Trim(TypedSpace);
            if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
            {
                reading.Errors[path] = "Remove the control characters (invisible characters pasted with the text).";
                return null;
            }

            return text.Length == 0 ? (required && inner == typeof(string) ? JsonValue.Create(string.Empty) : null) : JsonValue.Create(text);
        }

        // An unticked box is not sent at all: it means false, whatever the field's default.
        if (inner == typeof(bool))
        {
            return JsonValue.Create(reading[path] == "true");
        }

        if (inner == typeof(int))
        {
            var text = reading[path].Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }

            reading.Errors[path] = "Enter a whole number.";
            return null;
        }

        if (ElementOf(inner) is { } element)
        {
            var list = element == typeof(string) ? Lines(reading[path]) : Items(element, path, previous as JsonArray, reading);
            // A list that may be null (a thematic finding's countries) stays null when empty, as the file had it.
            return list.Count == 0 && nullable && previous is not JsonArray ? null : list;
        }

        var record = new JsonObject();
        foreach (var property in Info(inner).Properties.Where(p => !(path.Length == 0 && p.Name == StatusProperty)))
        {
            var mustHave = property.IsRequired || property.AssociatedParameter is { HasDefaultValue: false };
            var before = previous is JsonObject earlier ? earlier[property.Name] : null;
            if (Value(property.PropertyType, Join(path, property.Name), before, mustHave, property.IsSetNullable, reading) is { } child)
            {
                record[property.Name] = child;
            }
        }

        // An optional group left empty (no address, no phone) is no group at all.
        return !required && IsEmpty(record) ? null : record;
    }

    private static JsonArray Items(Type element, string path, JsonArray? previous, Reading reading)
    {
        var array = new JsonArray();
        var count = int.TryParse(reading[path + CountSuffix], NumberStyles.None, CultureInfo.InvariantCulture, out var shown) ? Math.Min(shown, MaxValues) : 0;
        for (var i = 0; i < count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (reading[itemPath + RemoveSuffix] == "true")
            {
                continue;
            }

            var item = Value(element, itemPath, previous is not null && i < previous.Count ? previous[i] : null, required: true, nullable: false, reading);
            if (item is not null && !IsEmpty(item))
            {
                array.Add(item);
            }
        }

        return array;
    }

    private static readonly char[] TypedSpace = [' ', '\t', '\r', '\n'];

    private static JsonArray Lines(string text) =>
        [.. text.Split('\n').Select(line => line.Trim(TypedSpace)).Where(line => line.Length > 0).Select(line => (JsonNode)JsonValue.Create(line))];

    /// <summary>Nothing typed: no text, no choice, no ticked box, no list item.</summary>
    private static bool IsEmpty(JsonNode node) => node switch
    {
        JsonObject record => record.All(p => p.Value is null || IsEmpty(p.Value)),
        JsonArray array => array.Count == 0,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length == 0,
        JsonValue value when value.TryGetValue<bool>(out var flag) => !flag,
        _ => false,
    };

    private static Type? ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString();

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Parent(string path) =>
        path.LastIndexOf('.') is var dot and > 0 && path[..dot].LastIndexOf('.') is var before ? path[(before + 1)..dot] : string.Empty;
}
