namespace CseaHub.Web.Domain.Cooperation;

public sealed record RouteOutcome(RouteRule Rule, RouteVerdict Verdict);

/// <summary>How urgent a request is, which decides whether emergency-only routes are offered and how they rank.</summary>
public enum Urgency
{
    Ordinary,

    /// <summary>An ordinary measure, asked for because a life or someone's safety is at imminent risk.</summary>
    Emergency,

    /// <summary>A measure that exists only for emergencies (emergency disclosure): every route giving it is urgent.</summary>
    EmergencyMeasure,
}

/// <summary>Which routes give a measure between two states on a date, best first.</summary>
public static class CooperationNavigation
{
    /// <summary>
    /// The routes giving <paramref name="measure"/>. In an emergency, emergency-only routes are offered too, and come
    /// first among equally open ones: they are the channels made for it. For an emergency measure every route is one
    /// made for emergencies, so rank alone orders them.
    /// </summary>
    public static IReadOnlyList<RouteOutcome> Routes(
        IEnumerable<RouteRule> rules, string measure, Urgency urgency, StateFacts requesting, StateFacts requested, DateOnly date) =>
        [.. rules
            .Where(r => r.Measures.Contains(measure, StringComparer.Ordinal) && (r.Use == RouteUse.Always || urgency != Urgency.Ordinary))
            .Select(r => new RouteOutcome(r, RouteEvaluator.Evaluate(r, requesting, requested, date)))
            .OrderBy(o => o.Verdict.Availability)
            .ThenBy(o => urgency == Urgency.Emergency && o.Rule.Use == RouteUse.EmergencyOnly ? 0 : 1)
            .ThenBy(o => o.Rule.Rank)
            .ThenBy(o => o.Rule.Slug, StringComparer.Ordinal)];

    /// <summary>A grid cell's summary of several routes: the best of them.</summary>
    public static Availability Best(IEnumerable<RouteOutcome> outcomes) =>
        outcomes.Select(o => o.Verdict.Availability).DefaultIfEmpty(Availability.NotAvailable).Min();
}
