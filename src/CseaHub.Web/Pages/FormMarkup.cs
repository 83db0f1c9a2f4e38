namespace CseaHub.Web.Pages;

/// <summary>A labelled input with its hint and the error the last submission earned (<c>_TextField</c>).</summary>
public sealed record TextField(
    string Name, string Label, string? Value, string? Error, string Type = "text", string? Autocomplete = null,
    string? Hint = null, string? InputMode = null, int MaxLength = 320);

/// <summary>What was wrong with a submission, by field name (<c>_ErrorSummary</c>).</summary>
public sealed record ErrorSummary(string Heading, IReadOnlyDictionary<string, string> Errors);
