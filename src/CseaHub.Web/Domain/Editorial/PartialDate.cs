namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// A sourced date that some sources give only as a year (when a document was issued, when a round was launched):
/// <see cref="Day"/> stays empty rather than being guessed, and <see cref="SortKey"/> places it at the start of the year.
/// </summary>
public sealed class PartialDate
{
    public int Year { get; set; }

    public DateOnly? Day { get; set; }

    public string SourceKey { get; set; } = string.Empty;

    public DateOnly AsOf { get; set; }

    /// <summary>The date lists sort by, stored so both database providers order alike.</summary>
    public DateOnly SortKey { get; set; }

    public static DateOnly SortKeyOf(int year, DateOnly? day) => day ?? new DateOnly(year, 1, 1);
}
