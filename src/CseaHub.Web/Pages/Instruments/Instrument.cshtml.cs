using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Instruments;

/// <summary>One instrument: what it is, who monitors it, and where every state stands with it.</summary>
public sealed class InstrumentModel(HubDbContext db) : PageModel
{
    public sealed record PartyRow(
        string CountryCode,
        LocalisedText CountryName,
        PartyStatus Status,
        DateOnly? Signature,
        DateOnly? Ratification,
        bool Accession,
        DateOnly? EntryIntoForce,
        string? Reservations,
        IReadOnlyList<string> Sources,
        string StatusAsOf);

    public sealed record ArticleView(string Number, LocalisedText Title, LocalisedText Summary, IReadOnlyList<string> SourceKeys, DateOnly AsOf);

    public sealed record View(
        string Slug,
        LocalisedText Title,
        LocalisedText ShortName,
        string? Reference,
        InstrumentKind Kind,
        OrganisationRef? Owner,
        OrganisationRef? MonitoringBody,
        LocalisedText Summary,
        SourcedDate? Adopted,
        SourcedDate? OpenedForSignature,
        string? OpenedAt,
        SourcedDate? EntryIntoForce,
        SourcedDate? ApplicableFrom,
        Uri? OfficialText,
        IReadOnlyList<ArticleView> Articles,
        IReadOnlyList<SourceView> Sources,
        IReadOnlyList<string> Gaps,
        DateOnly ReviewedOn);

    public View Instrument { get; private set; } = null!;

    public IReadOnlyList<PartyRow> Parties { get; private set; } = [];

    public PartyCounts Counts { get; private set; } = null!;

    public RatificationTimeline Timeline { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var viewer = HttpContext.CurrentViewer();
        var organisations = db.Organisations.VisibleTo(viewer);
        var instrument = await db.Instruments.VisibleTo(viewer).AsNoTracking()
            .Where(i => i.Slug == slug)
            .Select(i => new View(
                i.Slug,
                i.Title,
                i.ShortName,
                i.Reference,
                i.Kind,
                organisations.Where(o => o.Id == i.OwnerId).Select(o => new OrganisationRef(o.Slug, o.Name, o.Acronym)).FirstOrDefault(),
                organisations.Where(o => o.Id == i.MonitoringBodyId).Select(o => new OrganisationRef(o.Slug, o.Name, o.Acronym)).FirstOrDefault(),
                i.Summary,
                i.Adopted,
                i.OpenedForSignature,
                i.OpenedAt,
                i.EntryIntoForce,
                i.ApplicableFrom,
                i.OfficialText,
                i.Articles.OrderBy(a => a.Position).Select(a => new ArticleView(a.Number, a.Title, a.Summary, a.SourceKeys, a.AsOf)).ToList(),
                i.Sources.Select(s => new SourceView(s.Key, s.Title, s.Publisher, s.Url, s.Published, s.Language)).ToList(),
                i.Gaps,
                i.ReviewedOn))
            .SingleOrDefaultAsync(cancellationToken);
        if (instrument is null)
        {
            return NotFound();
        }

        Instrument = instrument with { Gaps = instrument.Gaps.GapsVisibleTo(viewer) };
        var parties = await db.Instruments.Where(i => i.Slug == slug).SelectMany(i => i.Parties)
            .Select(p => new PartyRow(
                p.Country.Code, p.Country.Name, p.Status, p.Signature, p.Ratification, p.Accession, p.EntryIntoForce,
                p.Reservations, p.SourceUrls, p.StatusAsOf))
            .ToListAsync(cancellationToken);
        var language = HubCulture.CurrentLanguage;
        Parties = [.. parties.OrderBy(p => TextKey.Of(p.CountryName.In(language).Text), StringComparer.Ordinal)];
        Counts = PartyCounts.Of(parties.Select(p => (p.Status, p.Ratification, p.EntryIntoForce)));
        Timeline = RatificationTimeline.Of(parties.Select(p => (p.Status, p.Ratification)));
        return Page();
    }
}
