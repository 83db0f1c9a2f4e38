using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between an instrument record of the dataset format and the entity, both ways.</summary>
internal static class InstrumentMapper
{
    public static void Apply(
        InstrumentRecord record,
        Instrument instrument,
        IReadOnlyDictionary<string, Organisation> organisations,
        IReadOnlyDictionary<string, Country> countries)
    {
        instrument.Title = record.Title.ToText();
        instrument.ShortName = record.ShortName.ToText();
        instrument.Aliases = [.. record.Aliases.Select(a => a.Trim())];
        instrument.Reference = record.Reference;
        instrument.Kind = record.Kind;
        instrument.Status = record.Status;
        instrument.Visibility = record.Visibility;
        instrument.Summary = record.Summary.ToText();
        instrument.Owner = record.Owner is { } owner ? organisations[owner] : null;
        instrument.MonitoringBody = record.MonitoringBody is { } body ? organisations[body] : null;
        instrument.Adopted = record.Adopted?.ToDate();
        instrument.OpenedForSignature = record.OpenedForSignature?.ToDate();
        instrument.OpenedAt = record.OpenedAt;
        instrument.EntryIntoForce = record.EntryIntoForce?.ToDate();
        instrument.ApplicableFrom = record.ApplicableFrom?.ToDate();
        instrument.OfficialText = record.OfficialText is { } url ? new Uri(url) : null;
        instrument.ReservationsAndDeclarations = record.ReservationsAndDeclarations is { } list ? new Uri(list) : null;
        OrganisationMapper.Replace(instrument.Articles, record.Articles.Select((a, position) => new Article
        {
            Number = a.Number,
            Position = position,
            Title = a.Title.ToText(),
            Summary = a.Summary.ToText(),
            SourceKeys = [.. a.Sources],
            AsOf = a.AsOf,
        }));
        OrganisationMapper.Replace(instrument.Parties, record.Parties.Select(p => ToParty(p, countries)));
        OrganisationMapper.Replace(instrument.Sources, record.Sources.Select(s => s.ToReference()));
        instrument.Gaps = [.. record.Gaps];
        instrument.ReviewedOn = record.ReviewedOn;
    }

    private static Party ToParty(PartyRecord record, IReadOnlyDictionary<string, Country> countries)
    {
        var party = new Party
        {
            Country = countries[record.Country],
            Status = record.Status,
            Signature = record.Signature,
            Ratification = record.Ratification,
            Accession = record.Accession,
            EntryIntoForce = record.EntryIntoForce,
            Reservations = record.Reservations,
            SourceUrls = [.. record.Sources],
            StatusAsOf = record.StatusAsOf,
        };
        party.ReservationEffects.AddRange(record.ReservationEffects.Select(e => new ReservationEffect
        {
            Articles = [.. e.Articles],
            Kind = e.Effect,
            Side = e.Side,
        }));
        return party;
    }

    public static InstrumentRecord ToRecord(Instrument i) => new()
    {
        Slug = i.Slug,
        Title = LocalisedTextRecord.From(i.Title),
        ShortName = LocalisedTextRecord.From(i.ShortName),
        Aliases = i.Aliases,
        Reference = i.Reference,
        Kind = i.Kind,
        Owner = i.Owner?.Slug,
        MonitoringBody = i.MonitoringBody?.Slug,
        Status = i.Status,
        Visibility = i.Visibility,
        Summary = LocalisedTextRecord.From(i.Summary),
        Adopted = SourcedDateRecord.From(i.Adopted),
        OpenedForSignature = SourcedDateRecord.From(i.OpenedForSignature),
        OpenedAt = i.OpenedAt,
        EntryIntoForce = SourcedDateRecord.From(i.EntryIntoForce),
        ApplicableFrom = SourcedDateRecord.From(i.ApplicableFrom),
        OfficialText = i.OfficialText?.OriginalString,
        ReservationsAndDeclarations = i.ReservationsAndDeclarations?.OriginalString,
        Articles = [.. i.Articles.OrderBy(a => a.Position).Select(a => new ArticleRecord(
            a.Number, LocalisedTextRecord.From(a.Title), LocalisedTextRecord.From(a.Summary), a.SourceKeys, a.AsOf))],
        Parties = [.. i.Parties.OrderBy(p => p.Country.Code, StringComparer.Ordinal).Select(p => new PartyRecord
        {
            Country = p.Country.Code,
            Status = p.Status,
            Signature = p.Signature,
            Ratification = p.Ratification,
            Accession = p.Accession,
            EntryIntoForce = p.EntryIntoForce,
            Reservations = p.Reservations,
            ReservationEffects = [.. p.ReservationEffects.Select(e => new ReservationEffectRecord(e.Articles, e.Kind, e.Side))],
            Sources = p.SourceUrls,
            StatusAsOf = p.StatusAsOf,
        })],
        ReviewedOn = i.ReviewedOn,
        Sources = [.. i.Sources.Select(SourceRecord.From)],
        Gaps = i.Gaps,
    };
}
