
namespace CseaHub.Web.Pages.Organisations;

/// <summary>One filter drop-down: its query parameter, its label, its options and the selected key.</summary>
public sealed record FilterSelect(string Name, string Label, IReadOnlyList<FilterOption> Options, string? Selected);
