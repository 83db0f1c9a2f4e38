using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Organisations;

public sealed record DirectoryItem(
    string Slug,
    LocalisedText Name,
    string? Acronym,
    string TypeKey,
    LocalisedText TypeLabel,
    LocalisedText Summary,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<string> AudienceKeys);

public sealed record FilterOption(string Key, LocalisedText Label);

public sealed record DirectoryOptions(
    IReadOnlyList<FilterOption> Types,
    IReadOnlyList<FilterOption> Audiences,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Countries);

/// <summary>
/// The organisation directory query, shared by <c>/organisations</c> and <c>/api/v1/organisations</c>: only what the
/// viewer may see, filters combined with AND, a stable order (name key, then slug) so paging never repeats an item.
/// </summary>
public sealed class OrganisationDirectory(HubDbContext db)
{
    /// <summary>
    /// The choices a filter offers: only terms and countries that some organisation visible to the viewer carries,
    /// so the lists reveal nothing about hidden content and never lead to an empty page.
    /// </summary>
    public async Task<DirectoryOptions> OptionsAsync(Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var visible = db.Organisations.VisibleTo(viewer);
        var countries = await db.Countries.Where(c => visible.Any(o => o.Countries.Any(x => x.Id == c.Id)))
            .Select(c => new FilterOption(c.Code, c.Name))
            .ToListAsync(cancellationToken);
        return new DirectoryOptions(
            await db.OrganisationTypes.Where(t => visible.Any(o => o.TypeId == t.Id))
                .OrderBy(t => t.Position).Select(t => new FilterOption(t.Key, t.Label)).ToListAsync(cancellationToken),
            await db.Audiences.Where(t => visible.Any(o => o.Audiences.Any(x => x.Id == t.Id)))
                .OrderBy(t => t.Position).Select(t => new FilterOption(t.Key, t.Label)).ToListAsync(cancellationToken),
            await db.Topics.Where(t => visible.Any(o => o.Topics.Any(x => x.Id == t.Id)))
                .OrderBy(t => t.Position).Select(t => new FilterOption(t.Key, t.Label)).ToListAsync(cancellationToken),
            [.. countries.OrderByName(c => c.Label, language)]);
    }

    /// <summary>
    /// Every problem with a directory query, keyed by parameter: malformed values (from <see cref="DirectoryFilter.Parse"/>)
    /// and values that match no taxonomy term or country.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(
        DirectoryFilter filter, IReadOnlyDictionary<string, string[]> parseErrors, CancellationToken cancellationToken)
    {
        var errors = new FilterErrors(parseErrors);
        await errors.TermAsync("type", filter.Type, db.OrganisationTypes, "organisation type", cancellationToken);
        await errors.TermAsync("audience", filter.Audience, db.Audiences, "audience", cancellationToken);
        await errors.TermAsync("topic", filter.Topic, db.Topics, "topic", cancellationToken);
        await errors.CountryAsync(db, filter.Country, cancellationToken);
        return errors.All;
    }

    public async Task<ResultPage<DirectoryItem>> SearchAsync(
        DirectoryFilter filter, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var total = await Filtered(filter, viewer, LinkPlan.LinksFirst).CountAsync(cancellationToken);
        var items = await Sorted(Filtered(filter, viewer, LinkPlan.ItemsInOrder), language, filter.Sort)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(o => new DirectoryItem(
                o.Slug,
                o.Name,
                o.Acronym,
                o.Type.Key,
                o.Type.Label,
                o.Summary,
                o.Countries.OrderBy(c => c.Code).Select(c => c.Code).ToList(),
                o.Audiences.OrderBy(a => a.Position).Select(a => a.Key).ToList()))
            .ToListAsync(cancellationToken);
        return new ResultPage<DirectoryItem>(total, filter.Page, filter.PageSize, items);
    }

    /// <summary>The organisations the filter selects; the plan only changes how the database finds them (ADR 0012).</summary>
    private IQueryable<Organisation> Filtered(DirectoryFilter filter, Viewer viewer, LinkPlan plan)
    {
        var organisations = db.Organisations.VisibleTo(viewer);
        if (TextKey.Of(filter.Query) is { Length: > 0 } text)
        {
            organisations = organisations.Where(o => o.SearchKey.Contains(text));
        }

        if (filter.Type is { } type)
        {
            organisations = organisations.Where(o => o.Type.Key == type);
        }

        if (filter.Audience is { } audience)
        {
            organisations = organisations.LinkedTo(db, o => o.Audiences, a => a.Key == audience, plan);
        }

        if (filter.Topic is { } topic)
        {
            organisations = organisations.LinkedTo(db, o => o.Topics, t => t.Key == topic, plan);
        }

        if (filter.Country is { } country)
        {
            organisations = organisations.LinkedTo(db, o => o.Countries, c => c.Code == country, plan);
        }

        return organisations;
    }

    /// <summary>By name in the page's language (its sort key, so the database orders), then by slug so lists are stable.</summary>
    public static IOrderedQueryable<Organisation> Sorted(IQueryable<Organisation> organisations, string language, DirectorySort sort) =>
        (language == "fr", sort) switch
        {
            (true, DirectorySort.NameDescending) => organisations.OrderByDescending(o => o.NameKeyFr).ThenByDescending(o => o.Slug),
            (true, _) => organisations.OrderBy(o => o.NameKeyFr).ThenBy(o => o.Slug),
            (false, DirectorySort.NameDescending) => organisations.OrderByDescending(o => o.NameKeyEn).ThenByDescending(o => o.Slug),
            _ => organisations.OrderBy(o => o.NameKeyEn).ThenBy(o => o.Slug),
        };
}
