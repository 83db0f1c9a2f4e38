using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Library;

public sealed record LibraryItem(
    string Slug,
    LocalisedText Title,
    DocumentKind Kind,
    OrganisationRef? IssuedBy,
    int Year,
    DateOnly? Day,
    LocalisedText Summary);

public sealed record LibraryOptions(
    IReadOnlyList<DocumentKind> Kinds,
    IReadOnlyList<FilterOption> Bodies,
    IReadOnlyList<FilterOption> Instruments,
    IReadOnlyList<FilterOption> Countries,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Audiences,
    IReadOnlyList<int> Years);

/// <summary>
/// The library query, shared by <c>/library</c> and <c>/api/v1/documents</c>: only documents the viewer may see,
/// filters combined with AND, newest first (then by slug, so paging is stable).
/// </summary>
public sealed class LibraryCatalogue(HubDbContext db)
{
    /// <summary>The choices each filter offers: only values some visible document carries, so no list hints at hidden content.</summary>
    public async Task<LibraryOptions> OptionsAsync(Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var visible = db.Documents.VisibleTo(viewer);
        var kinds = await visible.Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        var bodies = await db.Organisations.VisibleTo(viewer).Where(o => visible.Any(d => d.IssuedById == o.Id))
            .Select(o => new FilterOption(o.Slug, o.Name)).ToListAsync(cancellationToken);
        var instruments = await db.Instruments.VisibleTo(viewer).Where(i => visible.Any(d => d.Instruments.Any(x => x.Id == i.Id)))
            .Select(i => new FilterOption(i.Slug, i.ShortName)).ToListAsync(cancellationToken);
        var countries = await db.Countries.Where(c => visible.Any(d => d.Countries.Any(x => x.Id == c.Id)))
            .Select(c => new FilterOption(c.Code, c.Name)).ToListAsync(cancellationToken);
        var topics = await db.Topics.Where(t => visible.Any(d => d.Topics.Any(x => x.Id == t.Id)))
            .OrderBy(t => t.Position).Select(t => new FilterOption(t.Key, t.Label)).ToListAsync(cancellationToken);
        var audiences = await db.Audiences.Where(t => visible.Any(d => d.Audiences.Any(x => x.Id == t.Id)))
            .OrderBy(t => t.Position).Select(t => new FilterOption(t.Key, t.Label)).ToListAsync(cancellationToken);
        var years = await visible.Select(d => d.Issued.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return new LibraryOptions(
            [.. kinds.Order()],
            [.. bodies.OrderByName(b => b.Label, language)],
            [.. instruments.OrderByName(i => i.Label, language)],
            [.. countries.OrderByName(c => c.Label, language)],
            topics,
            audiences,
            years);
    }

    /// <summary>Every problem with a library query, by parameter: malformed values and values no visible item carries.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(
        LibraryFilter filter, IReadOnlyDictionary<string, string[]> parseErrors, Viewer viewer, CancellationToken cancellationToken)
    {
        var errors = new FilterErrors(parseErrors);
        await errors.MustExistAsync("body", filter.Body, slug => db.Organisations.VisibleTo(viewer).AnyAsync(o => o.Slug == slug, cancellationToken),
            $"'{filter.Body}' is not an organisation the hub lists.");
        await errors.MustExistAsync("instrument", filter.Instrument, slug => db.Instruments.VisibleTo(viewer).AnyAsync(i => i.Slug == slug, cancellationToken),
            $"'{filter.Instrument}' is not an instrument the hub lists.");
        await errors.CountryAsync(db, filter.Country, cancellationToken);
        await errors.TermAsync("topic", filter.Topic, db.Topics, "topic", cancellationToken);
        await errors.TermAsync("audience", filter.Audience, db.Audiences, "audience", cancellationToken);
        return errors.All;
    }

    public async Task<ResultPage<LibraryItem>> SearchAsync(LibraryFilter filter, Viewer viewer, CancellationToken cancellationToken)
    {
        var total = await Filtered(filter, viewer, LinkPlan.LinksFirst).CountAsync(cancellationToken);
        var rows = await Newest(Filtered(filter, viewer, LinkPlan.ItemsInOrder))
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(d => new { d.IssuedById, Item = new LibraryItem(d.Slug, d.Title, d.Kind, null, d.Issued.Year, d.Issued.Day, d.Summary) })
            .ToListAsync(cancellationToken);
        var issuers = await OrganisationRef.ByIdAsync(db, viewer, rows.Select(r => r.IssuedById), cancellationToken);
        var items = rows.Select(r => r.Item with { IssuedBy = issuers.Of(r.IssuedById) }).ToList();
        return new ResultPage<LibraryItem>(total, filter.Page, filter.PageSize, items);
    }

    /// <summary>The documents the filter selects; the plan only changes how the database finds them (ADR 0012).</summary>
    private IQueryable<Document> Filtered(LibraryFilter filter, Viewer viewer, LinkPlan plan)
    {
        var documents = db.Documents.VisibleTo(viewer);
        if (filter.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (filter.Body is { } body)
        {
            documents = documents.Where(d => d.IssuedBy != null && d.IssuedBy.Slug == body);
        }

        if (filter.Instrument is { } instrument)
        {
            documents = documents.LinkedTo(db, d => d.Instruments, i => i.Slug == instrument, plan);
        }

        if (filter.Country is { } country)
        {
            documents = documents.LinkedTo(db, d => d.Countries, c => c.Code == country, plan);
        }

        if (filter.Topic is { } topic)
        {
            documents = documents.LinkedTo(db, d => d.Topics, t => t.Key == topic, plan);
        }

        if (filter.Audience is { } audience)
        {
            documents = documents.LinkedTo(db, d => d.Audiences, a => a.Key == audience, plan);
        }

        if (filter.Year is { } year)
        {
            documents = documents.Where(d => d.Issued.Year == year);
        }

        return documents;
    }

    /// <summary>Newest first, then by slug so paging is stable (the order an index of the documents table follows).</summary>
    public static IOrderedQueryable<Document> Newest(IQueryable<Document> documents) =>
        documents.OrderByDescending(d => d.Issued.SortKey).ThenBy(d => d.Slug);
}
