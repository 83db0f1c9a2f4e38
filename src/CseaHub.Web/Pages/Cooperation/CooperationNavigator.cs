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

public sealed record MeasureView(string Key, LocalisedText Label, LocalisedText Description, bool Emergency);

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
public sealed record NavigatorChoices(IReadOnlyList<CountryRef> States, IReadOnlyList<MeasureView> Measures);

/// <summary>
/// Loads the navigator's rules and the facts they need (parties, reservations, EU membership) as the viewer may see
/// them, and lets <see cref="CooperationNavigation"/> decide; no legal rule lives here.
/// </summary>
public sealed class CooperationNavigator(HubDbContext db, CompetentAuthorities authorities)
{
    public async Task<NavigatorChoices> ChoicesAsync(string language, CancellationToken cancellationToken)
    {
        var states = await db.Countries.AsNoTracking().Select(c => new CountryRef(c.Code, c.Name)).ToListAsync(cancellationToken);
        var measures = await db.CooperationMeasures.AsNoTracking().OrderBy(m => m.Position)
            .Select(m => new MeasureView(m.Key, m.Label, m.Description, m.Emergency)).ToListAsync(cancellationToken);
        return new NavigatorChoices([.. states.OrderByName(s => s.Name, language)], measures);
    }

    public async Task<CooperationAnswer> AnswerAsync(
        NavigatorQuery query, NavigatorChoices choices, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(viewer, [query.From, query.To], cancellationToken);
        var countries = await CountryFactsAsync([query.From, query.To], cancellationToken);
        var measure = choices.Measures.Single(m => m.Key == query.Measure);
        var emergency = query.Emergency || measure.Emergency;
        var outcomes = CooperationNavigation.Routes(
            rules.Select(r => r.Rule), measure.Key, emergency, countries[query.From], countries[query.To], query.Date);
        var designated = await authorities.ForCountryAsync(query.To, viewer, language, cancellationToken);
        var bySlug = rules.ToDictionary(r => r.Rule.Slug, StringComparer.Ordinal);
        var routes = outcomes.Select(o => ToView(bySlug[o.Rule.Slug], o.Verdict, designated, viewer)).ToList();
        var reviewed = routes.Select(r => (DateOnly?)r.ReviewedOn).Min();
        return new CooperationAnswer(
            choices.States.Single(s => s.Code == query.From), choices.States.Single(s => s.Code == query.To),
            measure, emergency, query.Date, routes, reviewed);
    }

    /// <summary>
    /// Every route's verdict for one requesting state and each of <paramref name="requested"/>, for the grid; an emergency
    /// measure counts as an emergency, the others not.
    /// </summary>
    public async Task<IReadOnlyList<GridRow>> GridAsync(
        string from, IReadOnlyList<string> requested, IReadOnlyList<MeasureView> measures, string? instrument, DateOnly date,
        Viewer viewer, CancellationToken cancellationToken)
    {
        var codes = requested.Append(from).Distinct(StringComparer.Ordinal).ToList();
        var rules = (await RulesAsync(viewer, codes, cancellationToken))
            .Where(r => instrument is null || r.InstrumentSlug == instrument).Select(r => r.Rule).ToList();
        var countries = await CountryFactsAsync(codes, cancellationToken);
        return [.. requested.Where(code => code != from).Select(code => new GridRow(code, [.. measures.Select(measure =>
            new GridCell(measure.Key, CooperationNavigation.Routes(rules, measure.Key, measure.Emergency, countries[from], countries[code], date)))]))];
    }

    private sealed record LoadedRoute(RouteRule Rule, CooperationRoute Route, string InstrumentSlug);

    private async Task<List<LoadedRoute>> RulesAsync(Viewer viewer, IReadOnlyList<string> states, CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        var routes = await db.CooperationRoutes.VisibleTo(viewer).AsNoTracking()
            .Where(r => instruments.Any(i => i.Id == r.InstrumentId))
            .Include(r => r.Instrument).ThenInclude(i => i.Articles)
            .Include(r => r.AuthoritiesInstrument)
            .Include(r => r.Documents).Include(r => r.Organisations)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var instrumentIds = routes.Select(r => r.InstrumentId).Distinct().ToList();
        var parties = await db.Set<Party>().AsNoTracking()
            .Where(p => instrumentIds.Contains(p.InstrumentId) && states.Contains(p.Country.Code))
            .Select(p => new { p.InstrumentId, p.Country.Code, Facts = new PartyFacts(p.Status, p.EntryIntoForce, p.ReservationEffects.ToList()) })
            .ToListAsync(cancellationToken);
        var partiesByInstrument = parties.ToLookup(p => p.InstrumentId);
        return [.. routes.Select(r => new LoadedRoute(
            new RouteRule(
                r.Slug,
                new InstrumentFacts(
                    r.Instrument.Slug,
                    r.Instrument.EntryIntoForce?.Date,
                    r.Instrument.ApplicableFrom?.Date,
                    partiesByInstrument[r.InstrumentId].ToDictionary(p => p.Code, p => p.Facts, StringComparer.Ordinal)),
                r.Articles,
                r.Measures,
                r.Use,
                r.Rank,
                r.Binding,
                r.Exclusions.ToDictionary(e => e.CountryCode, e => e.Confirmed, StringComparer.Ordinal)),
            r,
            r.Instrument.Slug))];
    }

    private async Task<Dictionary<string, StateFacts>> CountryFactsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken) =>
        await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, c => new StateFacts(c.Code, c.EuMemberSince), StringComparer.Ordinal, cancellationToken);

    private static RouteView ToView(LoadedRoute loaded, RouteVerdict verdict, IReadOnlyList<AuthorityView> designated, Viewer viewer)
    {
        var route = loaded.Route;
        var authoritiesUnder = (route.AuthoritiesInstrument ?? route.Instrument).Slug;
        var canSeeDocument = PublicationRules.IsVisibleTo<Document>(viewer).Compile();
        var canSeeOrganisation = PublicationRules.IsVisibleTo<Organisation>(viewer).Compile();
        var articles = route.Instrument.Articles.ToDictionary(a => a.Number, a => a.Title, StringComparer.Ordinal);
        return new RouteView(
            route.Slug,
            new InstrumentRef(route.Instrument.Slug, route.Instrument.ShortName, route.Instrument.Reference),
            [.. route.Articles.Select(n => new RouteArticle(n, articles.GetValueOrDefault(n)))],
            route.Channel,
            route.Use,
            verdict,
            route.Summary,
            route.Requirements,
            [.. designated.Where(a => a.Instrument.Slug == authoritiesUnder && route.AuthorityRoles.Contains(a.Role))],
            route.AuthorityRoles.Count > 0 ? (route.AuthoritiesInstrument ?? route.Instrument).ReservationsAndDeclarations : null,
            [.. route.Documents.Where(canSeeDocument).OrderBy(d => d.Slug, StringComparer.Ordinal)
                .Select(d => new DocumentRef(d.Slug, d.Title, d.Kind, d.Issued.Year, d.Issued.Day))],
            [.. route.Organisations.Where(canSeeOrganisation).OrderBy(o => o.Slug, StringComparer.Ordinal)
                .Select(o => new OrganisationRef(o.Slug, o.Name, o.Acronym))],
            [.. route.Sources],
            route.Gaps.GapsVisibleTo(viewer),
            route.ReviewedOn);
    }
}

public sealed record GridCell(string Measure, IReadOnlyList<RouteOutcome> Outcomes)
{
    public Availability Best => CooperationNavigation.Best(Outcomes);

    /// <summary>The route that gives the cell its value, when there is one.</summary>
    public RouteOutcome? Deciding => Outcomes.Count > 0 ? Outcomes[0] : null;
}

public sealed record GridRow(string State, IReadOnlyList<GridCell> Cells);
