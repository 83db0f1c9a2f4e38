using CseaHub.Web.Domain.About;

namespace CseaHub.Web.Data.DatasetLoader;

internal static class AboutMapper
{
    public static void Apply(AboutRecord record, AboutPage about)
    {
        about.Introduction = record.Introduction.ToText();
        about.FundingDisclaimer = record.FundingDisclaimer.ToText();
        about.ReviewedOn = record.ReviewedOn;
        OrganisationMapper.Replace(about.FundingProjects, record.FundingProjects.Select((p, position) => new FundingProject
        {
            Key = p.Key,
            Position = position,
            Name = p.Name.ToText(),
            Programme = p.Programme.ToText(),
            Starts = p.Starts,
            Ends = p.Ends,
            Url = p.Url is null ? null : new Uri(p.Url),
            SourceKey = p.Source,
        }));
        OrganisationMapper.Replace(about.Sources, record.Sources.Select(s => s.ToReference()));
    }

    public static AboutRecord ToRecord(AboutPage about) => new(
        LocalisedTextRecord.From(about.Introduction),
        LocalisedTextRecord.From(about.FundingDisclaimer),
        [.. about.FundingProjects.OrderBy(p => p.Position).Select(p => new FundingProjectRecord
        {
            Key = p.Key,
            Name = LocalisedTextRecord.From(p.Name),
            Programme = LocalisedTextRecord.From(p.Programme),
            Starts = p.Starts,
            Ends = p.Ends,
            Url = p.Url?.OriginalString,
            Source = p.SourceKey,
        })],
        about.ReviewedOn,
        [.. about.Sources.Select(SourceRecord.From)]);
}
