using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Exchange;

/// <summary>
/// The part of the database an export holds: published items only; for the public export, only those anonymous
/// readers may open, each cut to what they see (restricted sections, links and contact details, the sources only
/// those cite, and editors' gap notes left out), and with no reference to an item left out, so the export neither
/// names a restricted item nor fails to import on its own. The professionals' export keeps every visibility.
/// </summary>
public static class PublishedDataset
{
    public static Dataset Of(Dataset all, bool includeProfessionals)
    {
        var viewer = includeProfessionals ? new Viewer(IsVettedProfessional: true) : Viewer.Anonymous;
        bool Shown(ContentStatus status, Visibility visibility) => status == ContentStatus.Published && viewer.CanSee(visibility);

        var organisations = Keep(all.Organisations, r => Shown(r.Status, r.Visibility), r => r.Slug);
        var instruments = Keep(all.Instruments, r => Shown(r.Status, r.Visibility), r => r.Slug);
        var rounds = Keep(all.MonitoringRounds, r => Shown(r.Status, r.Visibility) && instruments.Contains(r.Instrument), r => r.Slug);
        var documents = Keep(all.Documents, r => Shown(r.Status, r.Visibility), r => r.Slug);

        var dataset = new Dataset { About = all.About };
        dataset.OrganisationTypes.AddRange(all.OrganisationTypes);
        dataset.Audiences.AddRange(all.Audiences);
        dataset.Topics.AddRange(all.Topics);
        dataset.Countries.AddRange(all.Countries);
        dataset.Measures.AddRange(all.Measures);

        dataset.Organisations.AddRange(Cut(all.Organisations, r => organisations.Contains(r.Slug), r =>
            (includeProfessionals ? r : OrganisationMapper.PublicPart(r)) with { Parent = Known(r.Parent, organisations) }));
        dataset.Instruments.AddRange(Cut(all.Instruments, r => instruments.Contains(r.Slug), r =>
            (includeProfessionals ? r : r with { Gaps = [] }) with { Owner = Known(r.Owner, organisations), MonitoringBody = Known(r.MonitoringBody, organisations) }));
        dataset.MonitoringRounds.AddRange(Cut(all.MonitoringRounds, r => rounds.Contains(r.Slug), r =>
            (includeProfessionals ? r : r with { Gaps = [] }) with
            {
                Findings = [.. r.Findings.Select(f => f with { Document = Known(f.Document, documents) })],
            }));
        dataset.Documents.AddRange(Cut(all.Documents, r => documents.Contains(r.Slug), r =>
            (includeProfessionals ? r : r with { Gaps = [] }) with
            {
                IssuedBy = Known(r.IssuedBy, organisations),
                Instruments = [.. r.Instruments.Where(instruments.Contains)],
                Articles = [.. r.Articles.Where(a => instruments.Contains(a.Instrument))],
                MonitoringRound = Known(r.MonitoringRound, rounds),
            }));
        dataset.Authorities.AddRange(Cut(all.Authorities, r => Shown(r.Status, r.Visibility) && instruments.Contains(r.Instrument), r =>
            includeProfessionals ? r : AuthorityMapper.PublicPart(r)));
        dataset.Glossary.AddRange(Cut(all.Glossary, r => Shown(r.Status, r.Visibility), r => includeProfessionals ? r : r with { Gaps = [] }));
        // A route names the instruments it rests on: without one of them it would mean something else, so it goes.
        dataset.Routes.AddRange(Cut(all.Routes, r => Shown(r.Status, r.Visibility) && instruments.Contains(r.Instrument)
            && (r.Authorities?.Instrument is not { } other || instruments.Contains(other)), r =>
            (includeProfessionals ? r : r with { Gaps = [] }) with
            {
                Documents = [.. r.Documents.Where(documents.Contains)],
                Organisations = [.. r.Organisations.Where(organisations.Contains)],
            }));
        return dataset;
    }

    private static HashSet<string> Keep<T>(IEnumerable<Located<T>> records, Func<T, bool> shown, Func<T, string> slug) =>
        records.Where(r => shown(r.Record)).Select(r => slug(r.Record)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<Located<T>> Cut<T>(IEnumerable<Located<T>> records, Func<T, bool> kept, Func<T, T> cut) =>
        records.Where(r => kept(r.Record)).Select(r => r with { Record = cut(r.Record) });

    private static string? Known(string? slug, HashSet<string> exported) => slug is not null && exported.Contains(slug) ? slug : null;
}
