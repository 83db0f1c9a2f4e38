using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between a document record of the dataset format and the entity, both ways.</summary>
internal static class LibraryMapper
{
    public static void Apply(
        DocumentRecord record,
        Document document,
        IReadOnlyDictionary<string, Organisation> organisations,
        IReadOnlyDictionary<string, Instrument> instruments,
        IReadOnlyDictionary<string, MonitoringRound> rounds,
        TermLookup terms)
    {
        document.Title = record.Title.ToText();
        document.Kind = record.Kind;
        document.IssuedBy = record.IssuedBy is { } body ? organisations[body] : null;
        document.Status = record.Status;
        document.Visibility = record.Visibility;
        document.Issued = record.Issued.ToDate();
        document.Languages = [.. record.Languages];
        document.Summary = record.Summary.ToText();
        document.Url = record.Url is { } url ? new Uri(url) : null;
        OrganisationMapper.Replace(document.Instruments, record.Instruments.Select(slug => instruments[slug]));
        OrganisationMapper.Replace(document.Articles, record.Articles.Select(a => new DocumentArticle
        {
            Instrument = instruments[a.Instrument],
            Number = a.Number,
        }));
        OrganisationMapper.Replace(document.Countries, record.Countries.Select(code => terms.Countries[code]));
        OrganisationMapper.Replace(document.Topics, record.Topics.Select(key => terms.Topics[key]));
        OrganisationMapper.Replace(document.Audiences, record.Audiences.Select(key => terms.Audiences[key]));
        document.MonitoringRound = record.MonitoringRound is { } round ? rounds[round] : null;
        OrganisationMapper.Replace(document.Sources, record.Sources.Select(s => s.ToReference()));
        document.Gaps = [.. record.Gaps];
        document.ReviewedOn = record.ReviewedOn;
    }

    public static DocumentRecord ToRecord(Document d) => new()
    {
        Slug = d.Slug,
        Title = LocalisedTextRecord.From(d.Title),
        Kind = d.Kind,
        IssuedBy = d.IssuedBy?.Slug,
        Status = d.Status,
        Visibility = d.Visibility,
        Issued = PartialDateRecord.From(d.Issued),
        Languages = d.Languages,
        Summary = LocalisedTextRecord.From(d.Summary),
        Url = d.Url?.OriginalString,
        Instruments = [.. d.Instruments.Select(i => i.Slug).Order(StringComparer.Ordinal)],
        Articles = [.. d.Articles.OrderBy(a => a.Id).Select(a => new ArticleRefRecord(a.Instrument.Slug, a.Number))],
        Countries = [.. d.Countries.Select(c => c.Code).Order(StringComparer.Ordinal)],
        Topics = [.. d.Topics.OrderBy(t => t.Position).Select(t => t.Key)],
        Audiences = [.. d.Audiences.OrderBy(t => t.Position).Select(t => t.Key)],
        MonitoringRound = d.MonitoringRound?.Slug,
        ReviewedOn = d.ReviewedOn,
        Sources = [.. d.Sources.Select(SourceRecord.From)],
        Gaps = d.Gaps,
    };
}
