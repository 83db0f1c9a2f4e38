using System.Linq.Expressions;

namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// The one place that decides what the public side may read: published items whose visibility the viewer may see.
/// Pages, API and (later) search and feeds all go through it, so no view filters on its own.
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
}
