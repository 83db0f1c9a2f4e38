using System.Diagnostics.CodeAnalysis;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Pages.Cooperation;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Monitoring;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Countries;

public sealed record CountrySummary(string Code, LocalisedText Name, DateOnly? CoeMemberSince, DateOnly? EuMemberSince, int Ratified);

/// <summary>A country's row for one instrument; <see cref="HasPartyData"/> is false when the hub holds no state data for it.</summary>
public sealed record InstrumentStatus(
    string Slug, LocalisedText ShortName, string? Reference, bool HasPartyData, PartyStatus? Status, DateOnly? Signature,
    DateOnly? Ratification, bool Accession, DateOnly? EntryIntoForce, string? Reservations);


public sealed record CountryProfile(
    string Code,
    LocalisedText Name,
    DateOnly? CoeMemberSince,
    DateOnly? EuMemberSince,
    IReadOnlyList<string> Sources,
    IReadOnlyList<InstrumentStatus> Instruments,
    ListPreview<OrganisationRef> Organisations)
{
    /// <summary>The findings monitoring rounds addressed to this country by name: the first ones, and the count.</summary>
    public ListPreview<FindingRef> Findings { get; init; } = new([], 0);

    /// <summary>Every round that addressed findings to this country, with how many.</summary>
    public IReadOnlyList<RoundFindings> FindingRounds { get; init; } = [];

    public ListPreview<DocumentRef> Documents { get; init; } = new([], 0);

    public IReadOnlyList<AuthorityView> Authorities { get; init; } = [];
}

/// <summary>
/// Reads countries for the country pages and the API: where each stands with every instrument the viewer may see, and
/// the organisations the viewer may see that are based or active there.
/// </summary>
public sealed class CountryProfiles(HubDbContext db, CompetentAuthorities authorities)
{
    public async Task<IReadOnlyList<CountrySummary>> ListAsync(Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        var items = await db.Countries.AsNoTracking()
            .Select(c => new CountrySummary(
                c.Code, c.Name, c.CoeMemberSince, c.EuMemberSince,
                instruments.Count(i => i.Parties.Any(p => p.CountryId == c.Id && p.Status == PartyStatus.Ratified))))
            .ToListAsync(cancellationToken);
        return [.. items.OrderByName(c => c.Name, language)];
    }

    /// <summary>
    /// A string that can be an ISO 3166-1 alpha-2 code, in either case; anything else is refused before a query,
    /// including none at all (a route value of spaces binds as null).
    /// </summary>
    public static bool IsCountryCode([NotNullWhen(true)] string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetter);

    /// <summary>One country by its ISO 3166-1 alpha-2 code (either case), or null when the hub does not know it.</summary>
    public async Task<CountryProfile?> FindAsync(string? code, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        if (!IsCountryCode(code))
        {
            return null;
        }

        var upper = code.ToUpperInvariant();
        var country = await db.Countries.AsNoTracking().Where(c => c.Code == upper)
            .Select(c => new { c.Id, c.Code, c.Name, c.CoeMemberSince, c.EuMemberSince, c.SourceUrls })
            .SingleOrDefaultAsync(cancellationToken);
        if (country is null)
        {
            return null;
        }

        var instruments = await db.Instruments.VisibleTo(viewer).AsNoTracking()
            .Select(i => new
            {
                i.Slug,
                i.ShortName,
                i.Reference,
                i.Kind,
                HasPartyData = i.Parties.Any(),
                Party = i.Parties.Where(p => p.CountryId == country.Id)
                    .Select(p => new { p.Status, p.Signature, p.Ratification, p.Accession, p.EntryIntoForce, p.Reservations })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var organisations = await OrganisationDirectory.Sorted(
                db.Organisations.VisibleTo(viewer).AsNoTracking().LinkedTo(db, o => o.Countries, country.Id), language, DirectorySort.Name)
            .Select(OrganisationRef.From)
            .PreviewAsync(ListPreview.Organisations, cancellationToken);
        var (findings, findingRounds) = await MonitoringRounds.FindingPreviewAsync(
            db, viewer, f => f.Countries.Any(c => c.Id == country.Id), ListPreview.Findings, cancellationToken);
        return new CountryProfile(
            country.Code,
            country.Name,
            country.CoeMemberSince,
            country.EuMemberSince,
            country.SourceUrls,
            [.. instruments
                .OrderBy(i => i.Kind).ThenByName(i => i.ShortName, language)
                .Select(i => new InstrumentStatus(
                    i.Slug, i.ShortName, i.Reference, i.HasPartyData, i.Party?.Status, i.Party?.Signature, i.Party?.Ratification,
                    i.Party?.Accession ?? false, i.Party?.EntryIntoForce, i.Party?.Reservations))],
            organisations)
        {
            Findings = findings,
            FindingRounds = findingRounds,
            Documents = await db.Documents.VisibleTo(viewer).AsNoTracking()
                .LinkedTo(db, d => d.Countries, country.Id).PreviewAsync(cancellationToken),
            Authorities = await authorities.ForCountryAsync(country.Code, viewer, language, cancellationToken),
        };
    }
}
