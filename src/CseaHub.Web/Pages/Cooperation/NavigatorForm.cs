using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Pages.Cooperation;

/// <summary>A choice in one of the navigator's selects; a state shows its <see cref="Code"/> after its name.</summary>
public sealed record NavigatorOption(string Value, LocalisedText Label, string? Code = null);

/// <summary>
/// A field of the navigator's and the grid's GET forms, with the error the last submission earned; a field without
/// options is the date.
/// </summary>
public sealed record NavigatorField(
    string Name, string Label, string? Value, string? Error, string? AnyLabel = null, IReadOnlyList<NavigatorOption>? Options = null)
{
    public string? ErrorId => Error is null ? null : Name + "-error";

    /// <summary>Query values are read case-insensitively, so the form shows what the parser understood.</summary>
    public bool IsSelected(NavigatorOption option) => string.Equals(option.Value, Value?.Trim(), StringComparison.OrdinalIgnoreCase);
}
