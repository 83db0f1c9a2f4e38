using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between the navigator's route records and entities, both ways.</summary>
internal static class CooperationMapper
{
    public static void Apply(
        CooperationRouteRecord record,
        CooperationRoute route,
        IReadOnlyDictionary<string, Instrument> instruments,
        IReadOnlyDictionary<string, Document> documents,
        IReadOnlyDictionary<string, Organisation> organisations)
    {
        route.Instrument = instruments[record.Instrument];
        route.Articles = [.. record.Articles];
        route.Measures = [.. record.Measures];
        route.Use = record.Use;
        route.Rank = record.Rank;
        route.Binding = record.Binding;
        route.Channel = record.Channel;
        route.AuthoritiesInstrument = record.Authorities?.Instrument is { } slug ? instruments[slug] : null;
        route.AuthorityRoles = [.. record.Authorities?.Roles ?? []];
        OrganisationMapper.Replace(route.Exclusions, record.NotBound.Select(e => new RouteExclusion
        {
            CountryCode = e.Country,
            SourceKey = e.Source,
            Confirmed = e.Confirmed,
        }));
        route.Status = record.Status;
        route.Visibility = record.Visibility;
        route.Summary = record.Summary.ToText();
        route.Requirements = record.Requirements.ToText();
        OrganisationMapper.Replace(route.Documents, record.Documents.Select(slug => documents[slug]));
        OrganisationMapper.Replace(route.Organisations, record.Organisations.Select(slug => organisations[slug]));
        OrganisationMapper.Replace(route.Sources, record.Sources.Select(s => s.ToReference()));
        route.Gaps = [.. record.Gaps];
        route.ReviewedOn = record.ReviewedOn;
    }

    public static CooperationRouteRecord ToRecord(CooperationRoute r) => new()
    {
        Slug = r.Slug,
        Instrument = r.Instrument.Slug,
        Articles = r.Articles,
        Measures = r.Measures,
        Use = r.Use,
        Rank = r.Rank,
        Binding = r.Binding,
        Channel = r.Channel,
        Authorities = r.AuthorityRoles.Count == 0 && r.AuthoritiesInstrument is null
            ? null
            : new RouteAuthoritiesRecord(r.AuthorityRoles, r.AuthoritiesInstrument?.Slug),
        NotBound = [.. r.Exclusions.Select(e => new RouteExclusionRecord(e.CountryCode, e.SourceKey, e.Confirmed))],
        Status = r.Status,
        Visibility = r.Visibility,
        Summary = LocalisedTextRecord.From(r.Summary),
        Requirements = LocalisedTextRecord.From(r.Requirements),
        Documents = [.. r.Documents.Select(d => d.Slug).Order(StringComparer.Ordinal)],
        Organisations = [.. r.Organisations.Select(o => o.Slug).Order(StringComparer.Ordinal)],
        ReviewedOn = r.ReviewedOn,
        Sources = [.. r.Sources.Select(SourceRecord.From)],
        Gaps = r.Gaps,
    };

    public static CooperationMeasureRecord ToRecord(CooperationMeasure m) =>
        new(m.Key, LocalisedTextRecord.From(m.Label), LocalisedTextRecord.From(m.Description), m.Emergency);
}
