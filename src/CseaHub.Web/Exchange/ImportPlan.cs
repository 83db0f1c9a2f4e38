using CseaHub.Web.Data.DatasetLoader;

namespace CseaHub.Web.Exchange;

/// <summary>A file of a small kind an import changes: its content as the hub will store it, and the hub's version (null: new).</summary>
public sealed record ImportChange(ImportedFile File, string Json, string? Before);

/// <summary>
/// A file of a bulk kind (organisations, documents) an import changes, by name only: it is read again when written,
/// so the import never holds them all. <c>Depth</c> counts its parents among the imported organisations: parents are
/// written first.
/// </summary>
public sealed record BulkChange(SourceFile File, bool IsNew, int Depth);

/// <summary>What validating an import found: every error, or the files it will change.</summary>
public sealed record ImportPlan(IReadOnlyList<DatasetError> Errors, IReadOnlyList<ImportChange> Changes, IReadOnlyList<BulkChange> BulkChanges)
{
    public int Count => Changes.Count + BulkChanges.Count;

    public int Added => Changes.Count(c => c.Before is null) + BulkChanges.Count(c => c.IsNew);

    public IEnumerable<(string File, bool IsNew)> Files =>
        Changes.Select(c => (c.File.File, c.Before is null)).Concat(BulkChanges.Select(c => (c.File.File, c.IsNew)));
}
