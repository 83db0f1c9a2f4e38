using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CseaHub.Web.Pages.Admin.Content;

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,

    /// <summary>Unchanged lines left out between two changes.</summary>
    Gap,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

/// <summary>
/// A readable line diff of two versions of a file (the dataset's indented JSON puts one field per line), with only
/// a few unchanged lines kept around each change.
/// </summary>
public static class ContentDiff
{
    private const int Context = 2;

    public static IReadOnlyList<DiffLine> Compare(string? before, string? after)
    {
        var model = InlineDiffBuilder.Diff(before ?? string.Empty, after ?? string.Empty, ignoreWhiteSpace: false);
        var lines = model.Lines.Select(l => new DiffLine(
            l.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Added,
                ChangeType.Deleted => DiffLineKind.Removed,
                _ => DiffLineKind.Unchanged,
            },
            l.Text)).ToList();
        var near = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffLineKind.Unchanged)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    near[j] = true;
                }
            }
        }

        var shown = new List<DiffLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (near[i])
            {
                shown.Add(lines[i]);
            }
            else if (shown.Count == 0 || shown[^1].Kind != DiffLineKind.Gap)
            {
                shown.Add(new DiffLine(DiffLineKind.Gap, string.Empty));
            }
        }

        return shown.Any(l => l.Kind is DiffLineKind.Added or DiffLineKind.Removed) ? shown : [];
    }
}
