using CseaHub.Web.Data;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Cooperation;

public sealed record MeasureView(string Key, LocalisedText Label, LocalisedText Description, bool Emergency)
{
    /// <summary>The grid asks without an emergency, except for measures that exist only for one.</summary>
    public Urgency Urgency => Emergency ? Urgency.EmergencyMeasure : Urgency.Ordinary;
}

/// <summary>An article a route rests on; <see cref="Title"/> is null when the hub holds no entry for it (no link then).</summary>
public sealed record RouteArticle(string Number, LocalisedText? Title);

public sealed record RouteView(
    string Slug,
    InstrumentRef Instrument,
    IReadOnlyList<RouteArticle> Articles,
    RouteChannel Channel,
    RouteUse Use,
    RouteVerdict Verdict,
    LocalisedText Summary,
    LocalisedText Requirements,
    IReadOnlyList<AuthorityView> Authorities,
    Uri? DesignationsList,
    IReadOnlyList<DocumentRef> Documents,
    IReadOnlyList<OrganisationRef> Organisations,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn);

/// <summary>The navigator's answer for two states, a measure and a date: every route, best first.</summary>
public sealed record CooperationAnswer(
    CountryRef From, CountryRef To, MeasureView Measure, bool Emergency, DateOnly Date, IReadOnlyList<RouteView> Routes, DateOnly? DataReviewedOn);

/// <summary>What the navigator offers to choose from: the states and the measures.</summary>
public sealed record NavigatorChoices(IReadOnlyList<CountryRef> States, IReadOnlyList<MeasureView> Measures)
{
    public IReadOnlyList<FieldOption> StateOptions => [.. States.Select(s => new FieldOption(s.Code, s.Name, s.Code))];

    public IReadOnlyList<FieldOption> MeasureOptions => [.. Measures.Select(m => new FieldOption(m.Key, m.Label))];
}

/// <summary>
/// Loads the navigator's rules and the facts they need (parties, reservations, EU membership) as the viewer may see
/// them, and lets <see cref="CooperationNavigation"/> decide; no legal rule lives here.
/// </summary>
public sealed class CooperationNavigator(HubDbContext db, CompetentAuthorities authorities)
{
    public async Task<NavigatorChoices> ChoicesAsync(string language, CancellationToken cancellationToken)
    {
        var states = await db.Countries.AsNoTracking().Select(c => new CountryRef(c.Code, c.Name)).ToListAsync(cancellationToken);
        return new NavigatorChoices([.. states.OrderByName(s => s.Name, language)], await MeasuresAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<MeasureView>> MeasuresAsync(CancellationToken cancellationToken) =>
        await db.CooperationMeasures.AsNoTracking().OrderBy(m => m.Position)
            .Select(m => new MeasureView(m.Key, m.Label, m.Description, m.Emergency)).ToListAsync(cancellationToken);

    public async Task<CooperationAnswer> AnswerAsync(
        NavigatorQuery query, NavigatorChoices choices, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var (rules, _) = await RulesAsync(viewer, [query.From, query.To], instrument: null, cancellationToken);
        var countries = await CountryFactsAsync([query.From, query.To], cancellationToken);
        var measure = choices.Measures.Single(m => m.Key == query.Measure);
        var urgency = query.Emergency && measure.Urgency == Urgency.Ordinary ? Urgency.Emergency : measure.Urgency;
        var outcomes = CooperationNavigation.Routes(rules, measure.Key, urgency, countries[query.From], countries[query.To], query.Date);
        var details = await DetailsAsync([.. outcomes.Select(o => o.Rule.Slug)], viewer, cancellationToken);
        var designated = await authorities.ForCountryAsync(query.To, viewer, language, cancellationToken);
        var routes = outcomes.Select(o => ToView(details[o.Rule.Slug], o.Verdict, designated, viewer)).ToList();
        var reviewed = routes.Select(r => (DateOnly?)r.ReviewedOn).Min();
        return new CooperationAnswer(
            choices.States.Single(s => s.Code == query.From), choices.States.Single(s => s.Code == query.To),
            measure, urgency != Urgency.Ordinary, query.Date, routes, reviewed);
    }

    /// <summary>
    /// Every route's verdict for one requesting state and each of <paramref name="requested"/>, for the grid; an emergency
    /// measure counts as an emergency, the others not.
    /// </summary>
    public async Task<CooperationGrid> GridAsync(
        string from, IReadOnlyList<string> requested, IReadOnlyList<MeasureView> measures, string? instrument, DateOnly date,
        Viewer viewer, CancellationToken cancellationToken)
    {
        var codes = requested.Append(from).Distinct(StringComparer.Ordinal).ToList();
        var (rules, reviewed) = await RulesAsync(viewer, codes, instrument, cancellationToken);
        var countries = await CountryFactsAsync(codes, cancellationToken);
        var rows = requested.Where(code => code != from).Select(code => new GridRow(code, [.. measures.Select(measure =>
            new GridCell(measure.Key, CooperationNavigation.Routes(rules, measure.Key, measure.Urgency, countries[from], countries[code], date)))]));
        return new CooperationGrid([.. rows], reviewed);
    }

    /// <summary>
    /// Only what decides a route's verdict (the grid evaluates hundreds of pairs and needs nothing else), and the oldest
    /// review date among the routes read.
    /// </summary>
    private async Task<(List<RouteRule> Rules, DateOnly? ReviewedOn)> RulesAsync(
        Viewer viewer, IReadOnlyList<string> states, string? instrument, CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        var routes = await db.CooperationRoutes.VisibleTo(viewer).AsNoTracking()
            .Where(r => instruments.Any(i => i.Id == r.InstrumentId) && (instrument == null || r.Instrument.Slug == instrument))
            .Select(r => new
            {
                r.Slug,
                r.InstrumentId,
                InstrumentSlug = r.Instrument.Slug,
                EntryIntoForce = r.Instrument.EntryIntoForce == null ? (DateOnly?)null : r.Instrument.EntryIntoForce.Date,
                ApplicableFrom = r.Instrument.ApplicableFrom == null ? (DateOnly?)null : r.Instrument.ApplicableFrom.Date,
                r.Articles,
                r.Measures,
                r.Use,
                r.Rank,
                r.Binding,
                Exclusions = r.Exclusions.Select(e => new { e.CountryCode, e.Confirmed }).ToList(),
                r.ReviewedOn,
            })
            .ToListAsync(cancellationToken);
        var instrumentIds = routes.Select(r => r.InstrumentId).Distinct().ToList();
        var parties = (await db.Set<Party>().AsNoTracking()
                .Where(p => instrumentIds.Contains(p.InstrumentId) && states.Contains(p.Country.Code))
                .Select(p => new
                {
                    p.InstrumentId,
                    p.Country.Code,
                    Facts = new PartyFacts(p.Status, p.Ratification, p.EntryIntoForce, p.ReservationEffects.ToList()),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.InstrumentId);
        List<RouteRule> rules = [.. routes.Select(r => new RouteRule(
            r.Slug,
            new InstrumentFacts(
                r.InstrumentSlug,
                r.EntryIntoForce,
                r.ApplicableFrom,
                parties[r.InstrumentId].ToDictionary(p => p.Code, p => p.Facts, StringComparer.Ordinal)),
            r.Articles,
            r.Measures,
            r.Use,
            r.Rank,
            r.Binding,
            r.Exclusions.ToDictionary(e => e.CountryCode, e => e.Confirmed, StringComparer.Ordinal)))];
        return (rules, routes.Select(r => (DateOnly?)r.ReviewedOn).Min());
    }

    private sealed record RouteDetail(
        string Slug,
        InstrumentRef Instrument,
        IReadOnlyList<RouteArticle> Articles,
        RouteChannel Channel,
        RouteUse Use,
        LocalisedText Summary,
        LocalisedText Requirements,
        IReadOnlyList<AuthorityRole> AuthorityRoles,
        string? AuthoritiesUnder,
        Uri? DesignationsList,
        IReadOnlyList<DocumentRef> Documents,
        IReadOnlyList<OrganisationRef> Organisations,
        IReadOnlyList<SourceReference> Sources,
        IReadOnlyList<string> Gaps,
        DateOnly ReviewedOn);

    /// <summary>What the answer page shows of the routes it lists, with linked content filtered for the viewer in SQL.</summary>
    private async Task<Dictionary<string, RouteDetail>> DetailsAsync(
        IReadOnlyList<string> slugs, Viewer viewer, CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        var rows = await db.CooperationRoutes.AsNoTracking()
            .Where(r => slugs.Contains(r.Slug))
            .Select(r => new
            {
                r.Slug,
                r.InstrumentId,
                Instrument = new InstrumentRef(r.Instrument.Slug, r.Instrument.ShortName, r.Instrument.Reference),
                r.Articles,
                r.Channel,
                r.Use,
                r.Summary,
                r.Requirements,
                r.AuthorityRoles,
                AuthoritiesInstrumentId = r.AuthoritiesInstrumentId ?? r.InstrumentId,
                Documents = r.Documents.AsQueryable().Where(PublicationRules.IsVisibleTo<Document>(viewer))
                    .Select(DocumentRef.From).ToList(),
                Organisations = r.Organisations.AsQueryable().Where(PublicationRules.IsVisibleTo<Organisation>(viewer))
                    .Select(OrganisationRef.From).ToList(),
                r.Sources,
                r.Gaps,
                r.ReviewedOn,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var instrumentIds = rows.Select(r => r.InstrumentId).Distinct().ToList();
        var authorityInstrumentIds = rows.Select(r => r.AuthoritiesInstrumentId).Distinct().ToList();
        var authoritiesUnder = await instruments.AsNoTracking().Where(i => authorityInstrumentIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, i.ReservationsAndDeclarations })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var titles = (await db.Set<Article>().AsNoTracking()
                .Where(a => instrumentIds.Contains(a.InstrumentId))
                .Select(a => new { a.InstrumentId, a.Number, a.Title })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.InstrumentId);
        return rows.ToDictionary(
            r => r.Slug,
            r => new RouteDetail(
                r.Slug,
                r.Instrument,
                [.. r.Articles.Select(number => new RouteArticle(
                    number, titles[r.InstrumentId].FirstOrDefault(a => a.Number == number)?.Title))],
                r.Channel,
                r.Use,
                r.Summary,
                r.Requirements,
                r.AuthorityRoles,
                authoritiesUnder.GetValueOrDefault(r.AuthoritiesInstrumentId)?.Slug,
                r.AuthorityRoles.Count > 0 ? authoritiesUnder.GetValueOrDefault(r.AuthoritiesInstrumentId)?.ReservationsAndDeclarations : null,
                [.. r.Documents.OrderBy(d => d.Slug, StringComparer.Ordinal)],
                [.. r.Organisations.OrderBy(o => o.Slug, StringComparer.Ordinal)],
                r.Sources,
                r.Gaps,
                r.ReviewedOn),
            StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, StateFacts>> CountryFactsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken) =>
        await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, c => new StateFacts(c.Code, c.EuMemberSince), StringComparer.Ordinal, cancellationToken);

    private static RouteView ToView(RouteDetail route, RouteVerdict verdict, IReadOnlyList<AuthorityView> designated, Viewer viewer) =>
        new(
            route.Slug,
            route.Instrument,
            route.Articles,
            route.Channel,
            route.Use,
            verdict,
            route.Summary,
            route.Requirements,
            [.. designated.Where(a => a.Instrument.Slug == route.AuthoritiesUnder && route.AuthorityRoles.Contains(a.Role))],
            route.DesignationsList,
            route.Documents,
            route.Organisations,
            route.Sources,
            route.Gaps.GapsVisibleTo(viewer),
            route.ReviewedOn);
}

/// <summary>The grid's rows and the oldest review date among the routes behind it.</summary>
public sealed record CooperationGrid(IReadOnlyList<GridRow> Rows, DateOnly? DataReviewedOn);

public sealed record GridCell(string Measure, IReadOnlyList<RouteOutcome> Outcomes)
{
    public Availability Best => CooperationNavigation.Best(Outcomes);

    /// <summary>The route that gives the cell its value, when there is one.</summary>
    public RouteOutcome? Deciding => Outcomes.Count > 0 ? Outcomes[0] : null;
}

public sealed record GridRow(string State, IReadOnlyList<GridCell> Cells);
