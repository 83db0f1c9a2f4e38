using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Organisations;

public sealed record OrganisationRef(string Slug, LocalisedText Name, string? Acronym);

public sealed record TermRef(string Key, LocalisedText Label);

public sealed record SectionView(string Key, LocalisedText Title, LocalisedText Body, Visibility Visibility, string SourceKey, DateOnly AsOf);

public sealed record LinkView(LinkKind Kind, LocalisedText Title, Uri Url);

public sealed record SourceView(string Key, string Title, string Publisher, Uri Url, DateOnly? Published);

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
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<string> Gaps,
    Visibility Visibility,
    DateOnly ReviewedOn,
    DateTime UpdatedUtc);

/// <summary>
/// Reads one profile as the viewer may see it: the parent, bodies and sections the viewer may not see are left out.
/// Shared by the profile page and the API.
/// </summary>
public sealed class OrganisationProfiles(HubDbContext db)
{
    public async Task<OrganisationProfile?> FindAsync(string slug, Viewer viewer, CancellationToken cancellationToken)
    {
        var visible = db.Organisations.VisibleTo(viewer);
        // No tracking: the page only reads, and EF can then project owned facts (address, phone) on their own.
        return await visible.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new OrganisationProfile(
                o.Slug,
                o.Name,
                o.Acronym,
                new TermRef(o.Type.Key, o.Type.Label),
                visible.Where(p => p.Id == o.ParentId).Select(p => new OrganisationRef(p.Slug, p.Name, p.Acronym)).FirstOrDefault(),
                visible.Where(b => b.ParentId == o.Id).OrderBy(b => b.Name.En)
                    .Select(b => new OrganisationRef(b.Slug, b.Name, b.Acronym)).ToList(),
                o.Summary,
                o.Description,
                o.Audiences.OrderBy(a => a.Position).Select(a => new TermRef(a.Key, a.Label)).ToList(),
                o.Topics.OrderBy(t => t.Position).Select(t => new TermRef(t.Key, t.Label)).ToList(),
                o.Countries.OrderBy(c => c.Name.En).Select(c => new TermRef(c.Code, c.Name)).ToList(),
                o.Address,
                db.Countries.Where(c => o.Address != null && c.Code == o.Address.CountryCode).Select(c => c.Name).FirstOrDefault(),
                o.Phone,
                o.Email,
                o.Website,
                o.Sections.Where(s => s.Visibility == Visibility.Public || viewer.IsVettedProfessional)
                    .OrderBy(s => s.Position)
                    .Select(s => new SectionView(s.Key, s.Title, s.Body, s.Visibility, s.SourceKey, s.AsOf)).ToList(),
                o.Links.OrderBy(l => l.Position).Select(l => new LinkView(l.Kind, l.Title, l.Url)).ToList(),
                o.Sources.Select(s => new SourceView(s.Key, s.Title, s.Publisher, s.Url, s.Published)).ToList(),
                o.Gaps,
                o.Visibility,
                o.ReviewedOn,
                o.UpdatedUtc))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
