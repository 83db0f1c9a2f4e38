using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Pages.Monitoring;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Instruments;

public sealed record InstrumentSummary(
    string Slug, LocalisedText Title, LocalisedText ShortName, string? Reference, InstrumentKind Kind, bool HasPartyData, int Ratified,
    DateOnly? EntryIntoForce);

public sealed record ArticleView(string Number, LocalisedText Title, LocalisedText Summary, IReadOnlyList<string> SourceKeys, DateOnly AsOf);

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

public sealed record InstrumentProfile(
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
    Uri? ReservationsAndDeclarations,
    IReadOnlyList<ArticleView> Articles,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn)
{
    public IReadOnlyList<PartyRow> Parties { get; init; } = [];

    public IReadOnlyList<RoundSummary> Rounds { get; init; } = [];

    public ListPreview<DocumentRef> Documents { get; init; } = new([], 0);

    public PartyCounts Counts => PartyCounts.Of(Parties.Select(p => (p.Status, p.Ratification, p.EntryIntoForce)));
}

/// <summary>
/// Reads instruments as the viewer may see them, for the instrument pages and the API: an owner or monitoring body
/// the viewer may not see is left out, editors' gap notes are for vetted readers, parties are sorted by name.
/// </summary>
public sealed class InstrumentProfiles(HubDbContext db)
{
    public async Task<IReadOnlyList<InstrumentSummary>> ListAsync(Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var items = await db.Instruments.VisibleTo(viewer).AsNoTracking()
            .Select(i => new InstrumentSummary(
                i.Slug, i.Title, i.ShortName, i.Reference, i.Kind,
                i.Parties.Any(),
                i.Parties.Count(p => p.Status == PartyStatus.Ratified),
                i.EntryIntoForce == null ? null : i.EntryIntoForce.Date))
            .ToListAsync(cancellationToken);
        return [.. items.OrderBy(i => i.Kind).ThenByName(i => i.ShortName, language)];
    }

    public async Task<InstrumentProfile?> FindAsync(string slug, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var row = await db.Instruments.VisibleTo(viewer).AsNoTracking()
            .Where(i => i.Slug == slug)
            .Select(i => new
            {
                i.Id,
                i.OwnerId,
                i.MonitoringBodyId,
                Profile = new InstrumentProfile(
                i.Slug,
                i.Title,
                i.ShortName,
                i.Reference,
                i.Kind,
                null,
                null,
                i.Summary,
                i.Adopted,
                i.OpenedForSignature,
                i.OpenedAt,
                i.EntryIntoForce,
                i.ApplicableFrom,
                i.OfficialText,
                i.ReservationsAndDeclarations,
                i.Articles.OrderBy(a => a.Position).Select(a => new ArticleView(a.Number, a.Title, a.Summary, a.SourceKeys, a.AsOf)).ToList(),
                i.Sources.ToList(),
                i.Gaps,
                i.ReviewedOn),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var bodies = await OrganisationRef.ByIdAsync(db, viewer, [row.OwnerId, row.MonitoringBodyId], cancellationToken);
        var instrument = row.Profile with
        {
            Owner = bodies.Of(row.OwnerId),
            MonitoringBody = bodies.Of(row.MonitoringBodyId),
        };

        var parties = await db.Instruments.Where(i => i.Slug == slug).SelectMany(i => i.Parties)
            .Select(p => new PartyRow(
                p.Country.Code, p.Country.Name, p.Status, p.Signature, p.Ratification, p.Accession, p.EntryIntoForce,
                p.Reservations, p.SourceUrls, p.StatusAsOf))
            .ToListAsync(cancellationToken);
        var rounds = await MonitoringRounds.Visible(db, viewer).AsNoTracking()
            .Where(r => r.Instrument.Slug == slug)
            .OrderBy(r => r.Number)
            .Select(RoundSummary.From)
            .ToListAsync(cancellationToken);
        var documents = await db.Documents.VisibleTo(viewer).AsNoTracking()
            .LinkedTo(db, d => d.Instruments, row.Id).PreviewAsync(cancellationToken);
        return instrument with
        {
            Gaps = instrument.Gaps.GapsVisibleTo(viewer),
            Parties = [.. parties.OrderByName(p => p.CountryName, language)],
            Rounds = rounds,
            Documents = documents,
        };
    }
}
