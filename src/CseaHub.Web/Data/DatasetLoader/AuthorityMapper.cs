using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between a competent authority record and the entity, both ways.</summary>
internal static class AuthorityMapper
{
    public static void Apply(
        CompetentAuthorityRecord record,
        CompetentAuthority authority,
        IReadOnlyDictionary<string, Instrument> instruments,
        IReadOnlyDictionary<string, Country> countries)
    {
        authority.Instrument = instruments[record.Instrument];
        authority.Country = countries[record.Country];
        authority.Role = record.Role;
        authority.Articles = [.. record.Articles];
        authority.Name = record.Name.ToText();
        authority.Status = record.Status;
        authority.Visibility = record.Visibility;
        OrganisationMapper.Replace(authority.Details, record.Details.Select((d, position) => new AuthorityDetail
        {
            Position = position,
            Kind = d.Kind,
            Value = d.Value.Trim(),
            Visibility = d.Visibility,
            SourceKey = d.Source,
            AsOf = d.AsOf,
        }));
        OrganisationMapper.Replace(authority.Sources, record.Sources.Select(s => s.ToReference()));
        authority.Gaps = [.. record.Gaps];
        authority.ReviewedOn = record.ReviewedOn;
    }

    /// <summary>What anonymous readers see of an authority: its public details, for <c>PublicUpdatedUtc</c>.</summary>
    public static CompetentAuthorityRecord PublicPart(CompetentAuthorityRecord record)
    {
        var anonymous = Viewer.Anonymous;
        var hidden = PublicationRules.SourcesHiddenFrom(anonymous, record.Details.Select(d => (d.Source, d.Visibility)));
        return record with
        {
            Details = [.. record.Details.Where(d => anonymous.CanSee(d.Visibility))],
            Sources = [.. record.Sources.Where(s => !hidden.Contains(s.Id))],
            Gaps = [],
        };
    }

    public static CompetentAuthorityRecord ToRecord(CompetentAuthority a) => new()
    {
        Slug = a.Slug,
        Instrument = a.Instrument.Slug,
        Country = a.Country.Code,
        Role = a.Role,
        Articles = a.Articles,
        Name = LocalisedTextRecord.From(a.Name),
        Status = a.Status,
        Visibility = a.Visibility,
        Details = [.. a.Details.OrderBy(d => d.Position)
            .Select(d => new AuthorityDetailRecord(d.Kind, d.Value, d.SourceKey, d.AsOf, d.Visibility))],
        ReviewedOn = a.ReviewedOn,
        Sources = [.. a.Sources.Select(SourceRecord.From)],
        Gaps = a.Gaps,
    };
}
