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

    /// <summary>
    /// The date lists sort by: the day, else the start of the year. Always derived, so no writer can forget it; it is
    /// still stored (the setter exists for the database mapping and ignores what it is given) so both providers can
    /// order by a plain column.
    /// </summary>
    public DateOnly SortKey
    {
        get => SortKeyOf(Year, Day);
        private set { }
    }

    // A date whose year is not set yet (a new item being filled in) sorts first rather than failing.
    public static DateOnly SortKeyOf(int year, DateOnly? day) => day ?? (year >= 1 ? new DateOnly(year, 1, 1) : DateOnly.MinValue);
}
