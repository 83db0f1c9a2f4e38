using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Exchange;

/// <summary>
/// The part of the database an export holds: published items only; for the public export, only those anonymous
/// readers may open, each cut to what they see (restricted sections, links and contact details, the sources only
/// those cite, and editors' gap notes left out), and with no reference to an item left out, so the export neither
/// names a restricted item nor fails to import on its own. The professionals' export keeps every visibility.
/// </summary>
/// <remarks>
/// Decided record by record (<see cref="Cut"/>), so an export can read the bulk kinds (organisations, documents) a batch
/// at a time: what a reference may name is known from the small kinds and the bulk kinds' visible slugs alone. A
/// record is also judged by its own status and visibility as read: one made professionals-only after the slugs were
/// read is left out, never exported as it now is.
/// </remarks>
public sealed class PublishedDataset
{
    private readonly Viewer _viewer;
    private readonly HashSet<string> _organisations;
    private readonly HashSet<string> _instruments;
    private readonly HashSet<string> _rounds;
    private readonly HashSet<string> _documents;

    private PublishedDataset(Viewer viewer, HashSet<string> organisations, HashSet<string> instruments, HashSet<string> rounds, HashSet<string> documents)
    {
        (_viewer, _organisations, _instruments, _rounds, _documents) = (viewer, organisations, instruments, rounds, documents);
    }

    private bool IncludesProfessionals => _viewer.IsVettedProfessional;

    /// <summary>What an export of the database holds, from <paramref name="small"/> (every kind but the bulk ones, whole) and the database.</summary>
    public static async Task<PublishedDataset> ReadAsync(HubDbContext db, Dataset small, bool includeProfessionals, CancellationToken cancellationToken)
    {
        var viewer = includeProfessionals ? new Viewer(IsVettedProfessional: true) : Viewer.Anonymous;
        var instruments = Slugs(small.Instruments.Select(r => r.Record).Where(r => Shown(viewer, r.Status, r.Visibility)).Select(r => r.Slug));
        var rounds = Slugs(small.MonitoringRounds.Select(r => r.Record)
            .Where(r => Shown(viewer, r.Status, r.Visibility) && instruments.Contains(r.Instrument)).Select(r => r.Slug));
        var organisations = Slugs(await db.Organisations.AsNoTracking().VisibleTo(viewer).Select(o => o.Slug).ToListAsync(cancellationToken));
        var documents = Slugs(await db.Documents.AsNoTracking().VisibleTo(viewer).Select(d => d.Slug).ToListAsync(cancellationToken));
        return new PublishedDataset(viewer, organisations, instruments, rounds, documents);
    }

    /// <summary>A dataset file's content as the export holds it, or <see langword="null"/> when the export leaves it out.</summary>
    /// <exception cref="InvalidOperationException">A kind of content this class has no rule for: an export never guesses.</exception>
    public object? Cut(object content) => content switch
    {
        OrganisationRecord r when Shown(r.Status, r.Visibility) && _organisations.Contains(r.Slug) =>
            (IncludesProfessionals ? r : OrganisationMapper.PublicPart(r)) with { Parent = Known(r.Parent, _organisations) },
        InstrumentRecord r when Shown(r.Status, r.Visibility) && _instruments.Contains(r.Slug) =>
            (IncludesProfessionals ? r : r with { Gaps = [] }) with { Owner = Known(r.Owner, _organisations), MonitoringBody = Known(r.MonitoringBody, _organisations) },
        MonitoringRoundRecord r when Shown(r.Status, r.Visibility) && _rounds.Contains(r.Slug) => (IncludesProfessionals ? r : r with { Gaps = [] }) with
        {
            Findings = [.. r.Findings.Select(f => f with { Document = Known(f.Document, _documents) })],
        },
        DocumentRecord r when Shown(r.Status, r.Visibility) && _documents.Contains(r.Slug) => (IncludesProfessionals ? r : r with { Gaps = [] }) with
        {
            IssuedBy = Known(r.IssuedBy, _organisations),
            Instruments = [.. r.Instruments.Where(_instruments.Contains)],
            Articles = [.. r.Articles.Where(a => _instruments.Contains(a.Instrument))],
            MonitoringRound = Known(r.MonitoringRound, _rounds),
        },
        CompetentAuthorityRecord r when Shown(r.Status, r.Visibility) && _instruments.Contains(r.Instrument) =>
            IncludesProfessionals ? r : AuthorityMapper.PublicPart(r),
        GlossaryTermRecord r when Shown(r.Status, r.Visibility) => IncludesProfessionals ? r : r with { Gaps = [] },

        // A route names the instruments it rests on: without one of them it would mean something else, so it goes.
        CooperationRouteRecord r when Shown(r.Status, r.Visibility) && _instruments.Contains(r.Instrument)
            && (r.Authorities?.Instrument is not { } other || _instruments.Contains(other)) => (IncludesProfessionals ? r : r with { Gaps = [] }) with
            {
                Documents = [.. r.Documents.Where(_documents.Contains)],
                Organisations = [.. r.Organisations.Where(_organisations.Contains)],
            },
        OrganisationRecord or InstrumentRecord or MonitoringRoundRecord or DocumentRecord or CompetentAuthorityRecord
            or GlossaryTermRecord or CooperationRouteRecord => null,

        // Lists every reader sees whole, and the About page.
        IEnumerable<TermRecord> or IEnumerable<CountryRecord> or IEnumerable<CooperationMeasureRecord> or AboutRecord => content,
        _ => throw new InvalidOperationException($"An export has no rule for {content.GetType().Name}."),
    };

    private bool Shown(ContentStatus status, Visibility visibility) => Shown(_viewer, status, visibility);

    private static bool Shown(Viewer viewer, ContentStatus status, Visibility visibility) =>
        status == ContentStatus.Published && viewer.CanSee(visibility);

    private static HashSet<string> Slugs(IEnumerable<string> slugs) => slugs.ToHashSet(StringComparer.Ordinal);

    private static string? Known(string? slug, HashSet<string> exported) => slug is not null && exported.Contains(slug) ? slug : null;
}
