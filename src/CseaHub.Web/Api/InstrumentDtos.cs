using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Pages.Instruments;

namespace CseaHub.Web.Api;

public sealed record SourcedDateDto(DateOnly Date, string Source, DateOnly AsOf)
{
    public static SourcedDateDto? From(SourcedDate? date) => date is null ? null : new(date.Date, date.SourceKey, date.AsOf);
}

public sealed record InstrumentListItemDto(
    string Slug, LocalisedTextDto Title, LocalisedTextDto ShortName, string? Reference, InstrumentKind Kind, int? Ratified, DateOnly? EntryIntoForce)
{
    public static InstrumentListItemDto From(InstrumentSummary i) => new(
        i.Slug, LocalisedTextDto.From(i.Title), LocalisedTextDto.From(i.ShortName), i.Reference, i.Kind,
        i.HasPartyData ? i.Ratified : null, i.EntryIntoForce);
}

public sealed record ArticleDto(string Number, LocalisedTextDto Title, LocalisedTextDto Summary, IReadOnlyList<string> Sources, DateOnly AsOf);

public sealed record PartyDto(
    string Country,
    PartyStatus Status,
    DateOnly? Signature,
    DateOnly? Ratification,
    bool Accession,
    DateOnly? EntryIntoForce,
    string? Reservations,
    IReadOnlyList<string> Sources,
    string StatusAsOf);

/// <summary>Counts computed from the party rows the hub holds; null when it holds none for the instrument.</summary>
public sealed record PartyCountsDto(int Ratified, int Signatories, int Listed, int WithRatificationDate, int WithEntryIntoForce);

public sealed record InstrumentDto(
    string Slug,
    LocalisedTextDto Title,
    LocalisedTextDto ShortName,
    string? Reference,
    InstrumentKind Kind,
    OrganisationRefDto? Owner,
    OrganisationRefDto? MonitoringBody,
    LocalisedTextDto Summary,
    SourcedDateDto? Adopted,
    SourcedDateDto? OpenedForSignature,
    string? OpenedAt,
    SourcedDateDto? EntryIntoForce,
    SourcedDateDto? ApplicableFrom,
    string? OfficialText,
    string? ReservationsAndDeclarations,
    IReadOnlyList<ArticleDto> Articles,
    PartyCountsDto? Counts,
    IReadOnlyList<PartyDto> Parties,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn)
{
    public static InstrumentDto From(InstrumentProfile i)
    {
        var counts = i.Counts;
        return new(
            i.Slug,
            LocalisedTextDto.From(i.Title),
            LocalisedTextDto.From(i.ShortName),
            i.Reference,
            i.Kind,
            i.Owner is null ? null : OrganisationRefDto.From(i.Owner),
            i.MonitoringBody is null ? null : OrganisationRefDto.From(i.MonitoringBody),
            LocalisedTextDto.From(i.Summary),
            SourcedDateDto.From(i.Adopted),
            SourcedDateDto.From(i.OpenedForSignature),
            i.OpenedAt,
            SourcedDateDto.From(i.EntryIntoForce),
            SourcedDateDto.From(i.ApplicableFrom),
            i.OfficialText?.OriginalString,
            i.ReservationsAndDeclarations?.OriginalString,
            [.. i.Articles.Select(a => new ArticleDto(a.Number, LocalisedTextDto.From(a.Title), LocalisedTextDto.From(a.Summary), a.SourceKeys, a.AsOf))],
            i.Parties.Count == 0 ? null : new PartyCountsDto(counts.Ratified, counts.SignatoriesOnly, counts.Listed, counts.WithRatificationDate, counts.WithEntryIntoForce),
            [.. i.Parties.OrderBy(p => p.CountryCode, StringComparer.Ordinal).Select(p => new PartyDto(
                p.CountryCode, p.Status, p.Signature, p.Ratification, p.Accession, p.EntryIntoForce, p.Reservations, p.Sources, p.StatusAsOf))],
            [.. i.Sources.Select(SourceDto.From)],
            i.Gaps,
            i.ReviewedOn);
    }
}
