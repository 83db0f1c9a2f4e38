using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between a monitoring round record (with its findings) and the entity, both ways.</summary>
internal static class MonitoringMapper
{
    public static void Apply(
        MonitoringRoundRecord record,
        MonitoringRound round,
        IReadOnlyDictionary<string, Instrument> instruments,
        IReadOnlyDictionary<string, Country> countries,
        IReadOnlyDictionary<string, Document> documents)
    {
        round.Instrument = instruments[record.Instrument];
        round.Number = record.Number;
        round.Theme = record.Theme.ToText();
        round.Summary = record.Summary.ToText();
        round.Status = record.Status;
        round.Visibility = record.Visibility;
        round.Launched = record.Launched?.ToDate();
        round.ReportAdopted = record.ReportAdopted?.ToDate();
        round.Questionnaire = record.Questionnaire is { } url ? new Uri(url) : null;
        OrganisationMapper.Replace(round.Countries, record.Countries.Select(code => countries[code]));
        OrganisationMapper.Replace(round.Findings, record.Findings.Select((f, position) =>
        {
            var finding = new Finding
            {
                Key = f.Key,
                Position = position,
                Area = f.Area,
                Grade = f.Grade,
                Text = f.Text.ToText(),
                Document = f.Document is { } slug ? documents[slug] : null,
                Paragraph = f.Paragraph,
                SourceKeys = [.. f.Sources],
                AsOf = f.AsOf,
            };
            finding.Countries.AddRange((f.Countries ?? []).Select(code => countries[code]));
            return finding;
        }));
        OrganisationMapper.Replace(round.Sources, record.Sources.Select(s => s.ToReference()));
        round.Gaps = [.. record.Gaps];
        round.ReviewedOn = record.ReviewedOn;
    }

    public static MonitoringRoundRecord ToRecord(MonitoringRound r) => new()
    {
        Instrument = r.Instrument.Slug,
        Number = r.Number,
        Theme = LocalisedTextRecord.From(r.Theme),
        Summary = LocalisedTextRecord.From(r.Summary),
        Status = r.Status,
        Visibility = r.Visibility,
        Launched = r.Launched is { } launched ? PartialDateRecord.From(launched) : null,
        ReportAdopted = SourcedDateRecord.From(r.ReportAdopted),
        Questionnaire = r.Questionnaire?.OriginalString,
        Countries = [.. r.Countries.Select(c => c.Code).Order(StringComparer.Ordinal)],
        Findings = [.. r.Findings.OrderBy(f => f.Position).Select(f => new FindingRecord(
            f.Key,
            f.Area,
            LocalisedTextRecord.From(f.Text),
            f.SourceKeys,
            f.AsOf,
            f.Grade,
            f.Countries.Count == 0 ? null : [.. f.Countries.Select(c => c.Code).Order(StringComparer.Ordinal)],
            f.Document?.Slug,
            f.Paragraph))],
        ReviewedOn = r.ReviewedOn,
        Sources = [.. r.Sources.Select(SourceRecord.From)],
        Gaps = r.Gaps,
    };
}
