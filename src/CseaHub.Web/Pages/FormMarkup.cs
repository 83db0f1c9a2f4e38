using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Pages;

/// <summary>A choice in a select; a state shows its <see cref="Code"/> after its name.</summary>
public sealed record FieldOption(string Value, LocalisedText Label, string? Code = null);

/// <summary>
/// A labelled form field with its hint and the error the last submission earned (<c>_FormField</c>): a select when it has
/// options (its first, empty choice reads <see cref="AnyLabel"/>), otherwise an input of <see cref="Type"/>.
/// </summary>
public sealed record FormField(
    string Name, string Label, string? Value, string? Error, string Type, string? Autocomplete, string? Hint, string? InputMode,
    int? MaxLength, bool Required, string? AnyLabel, IReadOnlyList<FieldOption>? Options)
{
    public static FormField Input(
        string name, string label, string? value, string? error, string type = "text", string? autocomplete = null, string? hint = null,
        string? inputMode = null, int maxLength = 256, bool required = true) =>
        new(name, label, value, error, type, autocomplete, hint, inputMode, maxLength, required, AnyLabel: null, Options: null);

    public static FormField Select(string name, string label, string? value, string? error, string anyLabel, IReadOnlyList<FieldOption> options) =>
        new(name, label, value, error, "text", null, null, null, null, Required: false, anyLabel, options);

    /// <summary>A date as YYYY-MM-DD (the browser's date picker where it has one).</summary>
    public static FormField Date(string name, string label, string? value, string? error) =>
        new(name, label, value, error, "date", null, null, null, null, Required: false, AnyLabel: null, Options: null);

    public string? ErrorId => Error is null ? null : Name + "-error";

    public string? HintId => Hint is null ? null : Name + "-hint";

    public string? DescribedBy => string.Join(' ', new[] { HintId, ErrorId }.Where(id => id is not null)) is { Length: > 0 } ids ? ids : null;

    /// <summary>Query values are read case-insensitively, so the form shows what the parser understood.</summary>
    public bool IsSelected(FieldOption option) => string.Equals(option.Value, Value?.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>What was wrong with a submission, by field name (<c>_ErrorSummary</c>).</summary>
public sealed record ErrorSummary(string Heading, IReadOnlyDictionary<string, string> Errors);
