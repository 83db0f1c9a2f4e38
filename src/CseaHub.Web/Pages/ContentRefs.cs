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

public sealed record TermRef(string Key, LocalisedText Label);

public sealed record DocumentRef(string Slug, LocalisedText Title, DocumentKind Kind, int Year, DateOnly? Day)
{
    public static Expression<Func<Document, DocumentRef>> From { get; } = d => new DocumentRef(d.Slug, d.Title, d.Kind, d.Issued.Year, d.Issued.Day);
}

/// <summary>
/// The newest documents of a list that can grow past what a page should carry (an instrument's documents, a
/// country's), and how many there are in all: the library, filtered, lists the rest with paging.
/// </summary>
public sealed record DocumentPreview(IReadOnlyList<DocumentRef> Newest, int Total)
{
    public const int Size = 10;

    public bool IsPartial => Total > Newest.Count;
}

public static class ContentRefs
{
    /// <summary>Documents as references, in the library's order: newest first, then by slug so lists are stable.</summary>
    public static IQueryable<DocumentRef> NewestFirst(this IQueryable<Document> documents) =>
        documents.OrderByDescending(d => d.Issued.SortKey).ThenBy(d => d.Slug).Select(DocumentRef.From);

    public static async Task<DocumentPreview> PreviewAsync(this IQueryable<Document> documents, CancellationToken cancellationToken) =>
        new(await documents.NewestFirst().Take(DocumentPreview.Size).ToListAsync(cancellationToken), await documents.CountAsync(cancellationToken));
}
