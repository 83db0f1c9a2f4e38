using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CseaHub.Web.Data;

/// <summary>How a many-to-many filter reaches the database: the same set of items either way, at different costs.</summary>
public enum LinkPlan
{
    /// <summary>
    /// <c>d.Id IN (link rows of the target)</c>: reads the target's link rows, then those items by key. For a count, and
    /// for a sparse link: it never reads an item that is not linked.
    /// </summary>
    LinksFirst,

    /// <summary>
    /// <c>EXISTS (link row of this item)</c>, tested item by item: for one page of a list, where the walk of the list's
    /// order index stops at the page's end, however many items the link has.
    /// </summary>
    ItemsInOrder,
}

/// <summary>
/// Filters items by a many-to-many link (ADR 0012). Written as <c>d.Countries.Any(c =&gt; c.Id == id)</c>, the filter is
/// a correlated EXISTS that SQLite tests against every visible row: 30-50 ms to count a country's documents among
/// 100,000. As <c>d.Id IN (link rows of that country)</c> it reads the country's link rows and its documents by key: a
/// few milliseconds. A filtered page of a long list with a dense link (a topic's 30,000 documents) is faster with the
/// EXISTS, which walks the list's order index and stops at the page's end: there IN sorted every linked row. So a
/// filtered list counts with <see cref="LinkPlan.LinksFirst"/> and reads its page with <see cref="LinkPlan.ItemsInOrder"/>.
/// </summary>
public static class LinkFilters
{
    /// <summary>The items linked to the target with this id, read through the link table (<see cref="LinkPlan.LinksFirst"/>).</summary>
    public static IQueryable<TItem> LinkedTo<TItem, TTarget>(
        this IQueryable<TItem> items, HubDbContext db, Expression<Func<TItem, IEnumerable<TTarget>>> links, int targetId)
        where TItem : class =>
        ThroughLinkTable(items, db, links, targetColumn => row => EF.Property<int>(row, targetColumn) == targetId);

    /// <summary>The items linked to some target that matches <paramref name="target"/>, by the plan given.</summary>
    public static IQueryable<TItem> LinkedTo<TItem, TTarget>(
        this IQueryable<TItem> items, HubDbContext db, Expression<Func<TItem, IEnumerable<TTarget>>> links,
        Expression<Func<TTarget, bool>> target, LinkPlan plan)
        where TItem : class
        where TTarget : class
    {
        if (plan == LinkPlan.ItemsInOrder)
        {
            // Refused the same way under both plans, so a caller cannot depend on the plan it happened to test.
            _ = SkipNavigation(db, links);
            var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TTarget)], Navigation(links), target);
            return items.Where(Expression.Lambda<Func<TItem, bool>>(any, links.Parameters));
        }

        var targetKey = KeyName(db, typeof(TTarget));
        var targetIds = db.Set<TTarget>().Where(target).Select(t => EF.Property<int>(t, targetKey));
        return ThroughLinkTable(items, db, links, targetColumn => row => targetIds.Contains(EF.Property<int>(row, targetColumn)));
    }

    private static IQueryable<TItem> ThroughLinkTable<TItem, TTarget>(
        IQueryable<TItem> items, HubDbContext db, Expression<Func<TItem, IEnumerable<TTarget>>> links,
        Func<string, Expression<Func<Dictionary<string, object>, bool>>> targetRows)
        where TItem : class
    {
        var link = SkipNavigation(db, links);
        var itemColumn = link.ForeignKey.Properties.Single().Name;
        var targetColumn = link.JoinEntityType.GetForeignKeys().Single(key => key != link.ForeignKey).Properties.Single().Name;
        var itemKey = KeyName(db, typeof(TItem));
        var linkedIds = db.Set<Dictionary<string, object>>(link.JoinEntityType.Name)
            .Where(targetRows(targetColumn))
            .Select(row => EF.Property<int>(row, itemColumn));
        return items.Where(item => linkedIds.Contains(EF.Property<int>(item, itemKey)));
    }

    private static string KeyName(HubDbContext db, Type entity) =>
        db.Model.FindEntityType(entity)!.FindPrimaryKey()!.Properties.Single().Name;

    private static Expression Navigation<TItem, TTarget>(Expression<Func<TItem, IEnumerable<TTarget>>> links) =>
        links.Body is UnaryExpression { NodeType: ExpressionType.Convert } conversion ? conversion.Operand : links.Body;

    private static ISkipNavigation SkipNavigation<TItem, TTarget>(HubDbContext db, Expression<Func<TItem, IEnumerable<TTarget>>> links)
    {
        var name = Navigation(links) is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException("Name a navigation: d => d.Countries.", nameof(links));
        return db.Model.FindEntityType(typeof(TItem))?.FindSkipNavigation(name)
            ?? throw new ArgumentException($"{typeof(TItem).Name}.{name} is not a many-to-many link.", nameof(links));
    }
}
