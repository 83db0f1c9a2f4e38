using System.Linq.Expressions;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Monitoring;

public sealed record RoundSummary(
    string InstrumentSlug, LocalisedText InstrumentShortName, int Number, LocalisedText Theme, int? LaunchYear, DateOnly? ReportAdopted, int Findings)
{
    public static Expression<Func<MonitoringRound, RoundSummary>> From { get; } = r => new RoundSummary(
        r.Instrument.Slug, r.Instrument.ShortName, r.Number, r.Theme,
        r.Launched == null ? null : r.Launched.Year,
        r.ReportAdopted == null ? null : r.ReportAdopted.Date,
        r.Findings.Count);
}

public sealed record FindingView(
    string Key,
    FindingArea Area,
    RecommendationGrade? Grade,
    LocalisedText Text,
    IReadOnlyList<CountryRef> Countries,
    DocumentRef? Document,
    string? Paragraph,
    IReadOnlyList<string> SourceKeys,
    DateOnly AsOf);

public sealed record RoundProfile(
    InstrumentRef Instrument,
    OrganisationRef? MonitoringBody,
    int Number,
    LocalisedText Theme,
    LocalisedText Summary,
    PartialDate? Launched,
    SourcedDate? ReportAdopted,
    Uri? Questionnaire,
    IReadOnlyList<CountryRef> Countries,
    IReadOnlyList<DocumentRef> Documents,
    int FindingCount,
    IReadOnlyList<CountryRef> FindingCountries,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn);

/// <summary>Reads monitoring rounds and their findings as the viewer may see them, for the pages and the API.</summary>
public sealed class MonitoringRounds(HubDbContext db)
{
    /// <summary>
    /// The rounds the viewer may see: published and visible themselves, and of an instrument the viewer may see, so a
    /// round never reveals a draft or restricted instrument. Every query that reaches a round goes through here.
    /// </summary>
    public static IQueryable<MonitoringRound> Visible(HubDbContext db, Viewer viewer)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        return db.MonitoringRounds.VisibleTo(viewer).Where(r => instruments.Any(i => i.Id == r.InstrumentId));
    }

    public async Task<IReadOnlyList<RoundSummary>> ListAsync(Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var rounds = await Visible(db, viewer).AsNoTracking().Select(RoundSummary.From).ToListAsync(cancellationToken);
        return [.. rounds.OrderByName(r => r.InstrumentShortName, language).ThenBy(r => r.Number)];
    }

    /// <summary>
    /// The findings that <paramref name="which"/> selects, in rounds the viewer may see, as references with their round,
    /// by instrument, round and position.
    /// </summary>
    public static async Task<IReadOnlyList<FindingRef>> FindingRefsAsync(
        HubDbContext db, Viewer viewer, Expression<Func<Finding, bool>> which, CancellationToken cancellationToken) =>
        await RefsAsync(Selected(db, viewer, which), cancellationToken);

    /// <summary>
    /// The first <paramref name="size"/> findings that <paramref name="which"/> selects, in the order of
    /// <see cref="FindingRefsAsync"/>, with how many each round holds: a round's page, filtered, lists them all. Only the
    /// rounds that hold the first findings are read, so the cost follows the preview, not the number of findings.
    /// </summary>
    public static async Task<(ListPreview<FindingRef> Findings, IReadOnlyList<RoundFindings> Rounds)> FindingPreviewAsync(
        HubDbContext db, Viewer viewer, Expression<Func<Finding, bool>> which, int size, CancellationToken cancellationToken)
    {
        var findings = Selected(db, viewer, which);
        var counts = await findings.GroupBy(f => f.MonitoringRoundId)
            .Select(g => new { RoundId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.RoundId, c => c.Count, cancellationToken);
        var roundIds = counts.Keys.ToList();
        var rounds = (await db.MonitoringRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id))
                .Select(r => new { r.Id, Round = new RoundRef(r.Instrument.Slug, r.Instrument.ShortName, r.Number, r.Theme) })
                .ToListAsync(cancellationToken))
            .OrderBy(r => r.Round.InstrumentSlug, StringComparer.Ordinal).ThenBy(r => r.Round.Number)
            .ToList();
        var firstRounds = new List<int>();
        for (var (index, shown) = (0, 0); index < rounds.Count && shown < size; shown += counts[rounds[index].Id], index++)
        {
            firstRounds.Add(rounds[index].Id);
        }

        var first = await RefsAsync(findings.Where(f => firstRounds.Contains(f.MonitoringRoundId)), cancellationToken);
        return (new ListPreview<FindingRef>([.. first.Take(size)], counts.Values.Sum()),
            [.. rounds.Select(r => new RoundFindings(r.Round, counts[r.Id]))]);
    }

    private static IQueryable<Finding> Selected(HubDbContext db, Viewer viewer, Expression<Func<Finding, bool>> which)
    {
        var rounds = Visible(db, viewer);
        return db.Set<Finding>().AsNoTracking().Where(which).Where(f => rounds.Any(r => r.Id == f.MonitoringRoundId));
    }

    private static async Task<IReadOnlyList<FindingRef>> RefsAsync(IQueryable<Finding> findings, CancellationToken cancellationToken)
    {
        var rows = await findings
            .Select(f => new
            {
                Round = new RoundRef(
                    f.MonitoringRound.Instrument.Slug, f.MonitoringRound.Instrument.ShortName, f.MonitoringRound.Number, f.MonitoringRound.Theme),
                f.Key,
                f.Area,
                f.Text,
                f.Position,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(f => f.Round.InstrumentSlug, StringComparer.Ordinal).ThenBy(f => f.Round.Number).ThenBy(f => f.Position)
            .Select(f => new FindingRef(f.Round, f.Key, f.Area, f.Text))];
    }

    /// <summary>Problems with a findings filter: malformed values (from parsing) and a country the hub does not know.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(
        FindingFilter filter, IReadOnlyDictionary<string, string[]> parseErrors, CancellationToken cancellationToken)
    {
        var errors = new FilterErrors(parseErrors);
        await errors.CountryAsync(db, filter.Country, cancellationToken);
        return errors.All;
    }

    public async Task<RoundProfile?> FindAsync(
        string instrumentSlug, int number, FindingFilter filter, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var round = await Visible(db, viewer).AsNoTracking()
            .Where(r => r.Instrument.Slug == instrumentSlug && r.Number == number)
            .Select(r => new
            {
                r.Id,
                Instrument = new InstrumentRef(r.Instrument.Slug, r.Instrument.ShortName, r.Instrument.Reference),
                r.Instrument.MonitoringBodyId,
                r.Number,
                r.Theme,
                r.Summary,
                r.Launched,
                r.ReportAdopted,
                r.Questionnaire,
                Countries = r.Countries.Select(c => new CountryRef(c.Code, c.Name)).ToList(),
                FindingCount = r.Findings.Count,
                r.Sources,
                r.Gaps,
                r.ReviewedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (round is null)
        {
            return null;
        }

        var findingCountries = await db.Countries.AsNoTracking()
            .Where(c => db.Set<Finding>().Any(f => f.MonitoringRoundId == round.Id && f.Countries.Any(x => x.Id == c.Id)))
            .Select(c => new CountryRef(c.Code, c.Name))
            .ToListAsync(cancellationToken);
        var documents = db.Documents.VisibleTo(viewer);
        var roundDocuments = await documents.AsNoTracking().Where(d => d.MonitoringRoundId == round.Id).NewestFirst()
            .ToListAsync(cancellationToken);

        var findings = db.Set<Finding>().AsNoTracking().Where(f => f.MonitoringRoundId == round.Id);
        if (filter.Country is { } code)
        {
            findings = findings.Where(f => !f.Countries.Any() || f.Countries.Any(c => c.Code == code));
        }

        if (filter.Area is { } area)
        {
            findings = findings.Where(f => f.Area == area);
        }

        var rows = await findings.OrderBy(f => f.Position)
            .Select(f => new
            {
                f.Key,
                f.Area,
                f.Grade,
                f.Text,
                Countries = f.Countries.Select(c => new CountryRef(c.Code, c.Name)).ToList(),
                f.DocumentId,
                f.Paragraph,
                f.SourceKeys,
                f.AsOf,
            })
            .ToListAsync(cancellationToken);

        var citedDocuments = await documents.RefsByIdAsync(rows.Select(f => f.DocumentId), DocumentRef.From, cancellationToken);
        return new RoundProfile(
            round.Instrument,
            await OrganisationRef.ByIdAsync(db, viewer, round.MonitoringBodyId, cancellationToken),
            round.Number,
            round.Theme,
            round.Summary,
            round.Launched,
            round.ReportAdopted,
            round.Questionnaire,
            [.. round.Countries.OrderByName(c => c.Name, language)],
            roundDocuments,
            round.FindingCount,
            [.. findingCountries.OrderByName(c => c.Name, language)],
            [.. rows.Select(f =>
            {
                var document = citedDocuments.Of(f.DocumentId);

                // Where in a hidden document a finding comes from is as hidden as the document.
                var paragraph = f.DocumentId is null || document is not null ? f.Paragraph : null;
                return new FindingView(
                    f.Key, f.Area, f.Grade, f.Text, [.. f.Countries.OrderByName(c => c.Name, language)], document, paragraph, f.SourceKeys, f.AsOf);
            })],
            round.Sources,
            round.Gaps.GapsVisibleTo(viewer),
            round.ReviewedOn);
    }
}
