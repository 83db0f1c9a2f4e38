using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
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

public sealed record DirectoryPage(int Total, int Page, int PageSize, IReadOnlyList<DirectoryItem> Items)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public sealed record FilterOption(string Key, LocalisedText Label);

public sealed record DirectoryOptions(
    IReadOnlyList<FilterOption> Types,
    IReadOnlyList<FilterOption> Audiences,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Countries);

/// <summary>
/// The organisation directory query, shared by <c>/organisations</c> and <c>/api/v1/organisations</c>: only what the
/// viewer may see, filters combined with AND, a stable order (name, then slug) so paging never repeats an item.
/// </summary>
public sealed class OrganisationDirectory(HubDbContext db)
{
    public async Task<DirectoryOptions> OptionsAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var visible = db.Organisations.VisibleTo(viewer);
        return new DirectoryOptions(
            await TermOptionsAsync(db.OrganisationTypes, cancellationToken),
            await TermOptionsAsync(db.Audiences, cancellationToken),
            await TermOptionsAsync(db.Topics, cancellationToken),
            await db.Countries.Where(c => visible.Any(o => o.Countries.Contains(c)))
                .OrderBy(c => c.Name.En)
                .Select(c => new FilterOption(c.Code, c.Name))
                .ToListAsync(cancellationToken));
    }

    /// <summary>Names every filter value that matches no taxonomy term or country, keyed by parameter.</summary>
    public async Task<Dictionary<string, string[]>> UnknownValuesAsync(DirectoryFilter filter, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        await CheckAsync("type", filter.Type, db.OrganisationTypes, "organisation type");
        await CheckAsync("audience", filter.Audience, db.Audiences, "audience");
        await CheckAsync("topic", filter.Topic, db.Topics, "topic");
        if (filter.Country is { } code && !await db.Countries.AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors["country"] = [$"'{code}' is not a country code the hub knows (use ISO 3166-1 alpha-2, e.g. FR)."];
        }

        return errors;

        async Task CheckAsync<T>(string name, string? key, IQueryable<T> terms, string kind)
            where T : Term
        {
            if (key is not null && !await terms.AnyAsync(t => t.Key == key, cancellationToken))
            {
                errors[name] = [$"'{key}' is not a known {kind}."];
            }
        }
    }

    public async Task<DirectoryPage> SearchAsync(
        DirectoryFilter filter, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.VisibleTo(viewer);
        if (filter.Query is { } text)
        {
            var pattern = text.ToLowerInvariant();

            // EF translates the parameterless ToLower() to SQL lower() on both providers; the culture-aware
            // overloads the analyzers prefer do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            organisations = organisations.Where(o =>
                o.Name.En.ToLower().Contains(pattern)
                || o.Name.Fr.ToLower().Contains(pattern)
                || (o.Acronym != null && o.Acronym.ToLower().Contains(pattern)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.Type is { } type)
        {
            organisations = organisations.Where(o => o.Type.Key == type);
        }

        if (filter.Audience is { } audience)
        {
            organisations = organisations.Where(o => o.Audiences.Any(a => a.Key == audience));
        }

        if (filter.Topic is { } topic)
        {
            organisations = organisations.Where(o => o.Topics.Any(t => t.Key == topic));
        }

        if (filter.Country is { } country)
        {
            organisations = organisations.Where(o => o.Countries.Any(c => c.Code == country));
        }

        var total = await organisations.CountAsync(cancellationToken);
        var ordered = (language, filter.Sort) switch
        {
            ("fr", DirectorySort.NameDescending) => organisations.OrderByDescending(o => o.Name.Fr != "" ? o.Name.Fr : o.Name.En),
            ("fr", _) => organisations.OrderBy(o => o.Name.Fr != "" ? o.Name.Fr : o.Name.En),
            (_, DirectorySort.NameDescending) => organisations.OrderByDescending(o => o.Name.En),
            _ => organisations.OrderBy(o => o.Name.En),
        };
        var items = await ordered.ThenBy(o => o.Slug)
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
        return new DirectoryPage(total, filter.Page, filter.PageSize, items);
    }

    private static Task<List<FilterOption>> TermOptionsAsync<T>(IQueryable<T> terms, CancellationToken cancellationToken)
        where T : Term =>
        terms.OrderBy(t => t.Position).Select(t => new FilterOption(t.Key, t.Label)).ToListAsync(cancellationToken);
}
