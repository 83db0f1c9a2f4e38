using System.Linq.Expressions;

namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// The one place that decides what the public side may read: published items whose visibility the viewer may see,
/// and within them the parts (sections, links, the sources behind them) the viewer may see. Pages, API and (later)
/// search and feeds all go through it, so no view filters on its own.
/// </summary>
public static class PublicationRules
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> items, Viewer viewer)
        where T : ContentItem =>
        items.Where(IsVisibleTo<T>(viewer));

    public static Expression<Func<T, bool>> IsVisibleTo<T>(Viewer viewer)
        where T : ContentItem =>
        viewer.IsVettedProfessional
            ? item => item.Status == ContentStatus.Published
            : item => item.Status == ContentStatus.Published && item.Visibility == Visibility.Public;

    public static bool CanSee(this Viewer viewer, Visibility visibility) =>
        visibility == Visibility.Public || viewer.IsVettedProfessional;

    public static IReadOnlyList<T> VisibleTo<T>(this IEnumerable<T> parts, Viewer viewer)
        where T : IRestrictable =>
        [.. parts.Where(part => viewer.CanSee(part.Visibility))];

    /// <summary>
    /// The sources the viewer may not see: those cited only by parts hidden from the viewer, so a hidden section
    /// cannot be inferred from the sources listed beside it.
    /// </summary>
    public static IReadOnlySet<string> SourcesHiddenFrom(Viewer viewer, IEnumerable<(string SourceKey, Visibility Visibility)> citations)
    {
        var cited = citations.ToList();
        return cited.Where(c => !viewer.CanSee(c.Visibility)).Select(c => c.SourceKey)
            .Except(cited.Where(c => viewer.CanSee(c.Visibility)).Select(c => c.SourceKey), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Gaps are editors' working notes and may mention hidden parts: only vetted readers see them.</summary>
    public static IReadOnlyList<string> GapsVisibleTo(this IEnumerable<string> gaps, Viewer viewer) =>
        viewer.IsVettedProfessional ? [.. gaps] : [];
}
