namespace CseaHub.Web.Pages.Organisations;

/// <summary>One filter drop-down: its query parameter, its label, the "any" choice, its options and the selected key.</summary>
public sealed record FilterSelect(string Name, string Label, string AnyLabel, IReadOnlyList<FilterOption> Options, string? Selected);
