using System.Linq.Expressions;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Organisations;

public sealed record OrganisationRef(string Slug, LocalisedText Name, string? Acronym)
{
    public static Expression<Func<Organisation, OrganisationRef>> From { get; } = o => new OrganisationRef(o.Slug, o.Name, o.Acronym);

    /// <summary>The organisations of <paramref name="ids"/> the viewer may see, by id (see <see cref="ContentRefs.RefsByIdAsync"/>).</summary>
    public static Task<IReadOnlyDictionary<int, OrganisationRef>> ByIdAsync(
        HubDbContext db, Viewer viewer, IEnumerable<int?> ids, CancellationToken cancellationToken) =>
        db.Organisations.VisibleTo(viewer).RefsByIdAsync(ids, From, cancellationToken);

    /// <summary>The organisation of <paramref name="id"/>, when there is one and the viewer may see it.</summary>
    public static async Task<OrganisationRef?> ByIdAsync(HubDbContext db, Viewer viewer, int? id, CancellationToken cancellationToken) =>
        (await ByIdAsync(db, viewer, [id], cancellationToken)).Of(id);
}

public sealed record TermRef(string Key, LocalisedText Label);

public sealed record SectionView(
    string Key, LocalisedText Title, LocalisedText Body, Visibility Visibility, IReadOnlyList<string> SourceKeys, DateOnly AsOf)
    : IRestrictable;

public sealed record LinkView(LinkKind Kind, LocalisedText Title, Uri Url, Visibility Visibility) : IRestrictable;

public sealed record OrganisationProfile(
    string Slug,
    LocalisedText Name,
    string? Acronym,
    TermRef Type,
    OrganisationRef? Parent,
    IReadOnlyList<OrganisationRef> Bodies,
    LocalisedText Summary,
    LocalisedText Description,
    IReadOnlyList<TermRef> Audiences,
    IReadOnlyList<TermRef> Topics,
    IReadOnlyList<TermRef> Countries,
    PostalAddress? Address,
    LocalisedText? AddressCountry,
    SourcedValue? Phone,
    SourcedValue? Email,
    SourcedValue? Website,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn,
    DateTime Updated);

/// <summary>
/// Reads one profile as the viewer may see it, for the profile page and the API: the parent and bodies the viewer may
/// not see are left out, and so are hidden sections and links, the sources only they cite, and editors' gap notes.
/// </summary>
public sealed class OrganisationProfiles(HubDbContext db)
{
    public async Task<OrganisationProfile?> FindAsync(string slug, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var visible = db.Organisations.VisibleTo(viewer);

        // No tracking: the page only reads, and EF can then project owned facts (address, phone) on their own.
        var row = await visible.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Slug,
                o.Name,
                o.Acronym,
                Type = new TermRef(o.Type.Key, o.Type.Label),
                o.ParentId,
                Bodies = visible.Where(b => b.ParentId == o.Id).Select(OrganisationRef.From).ToList(),
                o.Summary,
                o.Description,
                Audiences = o.Audiences.OrderBy(a => a.Position).Select(a => new TermRef(a.Key, a.Label)).ToList(),
                Topics = o.Topics.OrderBy(t => t.Position).Select(t => new TermRef(t.Key, t.Label)).ToList(),
                Countries = o.Countries.Select(c => new TermRef(c.Code, c.Name)).ToList(),
                o.Address,
                AddressCountry = db.Countries.Where(c => o.Address != null && c.Code == o.Address.CountryCode).Select(c => c.Name).FirstOrDefault(),
                o.Phone,
                o.Email,
                o.Website,
                Sections = o.Sections.OrderBy(s => s.Position)
                    .Select(s => new SectionView(s.Key, s.Title, s.Body, s.Visibility, s.SourceKeys, s.AsOf)).ToList(),
                Links = o.Links.OrderBy(l => l.Position).Select(l => new LinkView(l.Kind, l.Title, l.Url, l.Visibility)).ToList(),
                Sources = o.Sources.ToList(),
                o.Gaps,
                o.ReviewedOn,
                o.PublicUpdatedUtc,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var facts = new[] { row.Address?.SourceKey, row.Phone?.SourceKey, row.Email?.SourceKey, row.Website?.SourceKey }
            .OfType<string>().Select(key => (key, Visibility.Public));
        var hiddenSources = PublicationRules.SourcesHiddenFrom(
            viewer, facts.Concat(row.Sections.SelectMany(s => s.SourceKeys.Select(key => (key, s.Visibility)))));
        return new OrganisationProfile(
            row.Slug,
            row.Name,
            row.Acronym,
            row.Type,
            await OrganisationRef.ByIdAsync(db, viewer, row.ParentId, cancellationToken),
            [.. row.Bodies.OrderByName(b => b.Name, language)],
            row.Summary,
            row.Description,
            row.Audiences,
            row.Topics,
            [.. row.Countries.OrderByName(c => c.Label, language)],
            row.Address,
            row.AddressCountry,
            row.Phone,
            row.Email,
            row.Website,
            row.Sections.VisibleTo(viewer),
            row.Links.VisibleTo(viewer),
            [.. row.Sources.Where(s => !hiddenSources.Contains(s.Key))],
            row.Gaps.GapsVisibleTo(viewer),
            row.ReviewedOn,
            row.PublicUpdatedUtc);
    }
}
