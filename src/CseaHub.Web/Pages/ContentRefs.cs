using System.Linq.Expressions;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages;

// Short references to content, shared by the pages and the API of several areas: what a link to the item needs.

public sealed record InstrumentRef(string Slug, LocalisedText ShortName, string? Reference);

/// <summary>An article a document discusses; <see cref="Title"/> is null when the hub holds no entry for that article.</summary>
public sealed record ArticleRef(string InstrumentSlug, LocalisedText InstrumentShortName, string Number, LocalisedText? Title);

public sealed record CountryRef(string Code, LocalisedText Name);

public sealed record RoundRef(string InstrumentSlug, LocalisedText InstrumentShortName, int Number, LocalisedText Theme);

public sealed record FindingRef(RoundRef Round, string Key, FindingArea Area, LocalisedText Text);

/// <summary>How many findings of a list one round holds.</summary>
public sealed record RoundFindings(RoundRef Round, int Count);

public sealed record TermRef(string Key, LocalisedText Label);

public sealed record DocumentRef(string Slug, LocalisedText Title, DocumentKind Kind, int Year, DateOnly? Day)
{
    public static Expression<Func<Document, DocumentRef>> From { get; } = d => new DocumentRef(d.Slug, d.Title, d.Kind, d.Issued.Year, d.Issued.Day);
}

/// <summary>
/// The first items of a list that can grow past what a page should carry (a country's organisations, findings and
/// documents, an instrument's documents), and how many there are in all: a filtered list elsewhere holds the rest.
/// </summary>
public sealed record ListPreview<T>(IReadOnlyList<T> First, int Total)
{
    public bool IsPartial => Total > First.Count;
}

/// <summary>How many items of each list a page shows before it links to the rest.</summary>
public static class ListPreview
{
    public const int Documents = 10;
    public const int Organisations = 50;
    public const int Findings = 20;

    /// <summary>The first <paramref name="size"/> items of an ordered query, and its count.</summary>
    public static async Task<ListPreview<T>> PreviewAsync<T>(this IQueryable<T> ordered, int size, CancellationToken cancellationToken) =>
        new(await ordered.Take(size).ToListAsync(cancellationToken), await ordered.CountAsync(cancellationToken));
}

public static class ContentRefs
{
    /// <summary>Documents as references, in the library's order: newest first, then by slug so lists are stable.</summary>
    public static IQueryable<DocumentRef> NewestFirst(this IQueryable<Document> documents) =>
        Library.LibraryCatalogue.Newest(documents).Select(DocumentRef.From);

    public static Task<ListPreview<DocumentRef>> PreviewAsync(this IQueryable<Document> documents, CancellationToken cancellationToken) =>
        documents.NewestFirst().PreviewAsync(ListPreview.Documents, cancellationToken);

    /// <summary>
    /// The rows of <paramref name="ids"/> that <paramref name="visible"/> holds, as references by id. Read apart from
    /// the rows that point to them, by key: inside those rows' query SQLite can only pick "the first visible row with
    /// this id" by numbering every visible row, a second of every render at 20,000 organisations or 100,000 documents.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, TRef>> RefsByIdAsync<T, TRef>(
        this IQueryable<T> visible, IEnumerable<int?> ids, Expression<Func<T, TRef>> toRef, CancellationToken cancellationToken)
        where T : ContentItem
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, TRef>();
        }

        var row = toRef.Parameters[0];
        var withId = Expression.Lambda<Func<T, IdAndRef<TRef>>>(
            Expression.New(typeof(IdAndRef<TRef>).GetConstructors()[0], Expression.Property(row, nameof(ContentItem.Id)), toRef.Body), row);
        return await visible.AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(withId)
            .ToDictionaryAsync(r => r.Id, r => r.Ref, cancellationToken);
    }

    public static TRef? Of<TRef>(this IReadOnlyDictionary<int, TRef> refs, int? id)
        where TRef : class =>
        id is { } key ? refs.GetValueOrDefault(key) : null;

    private sealed record IdAndRef<TRef>(int Id, TRef Ref);
}
