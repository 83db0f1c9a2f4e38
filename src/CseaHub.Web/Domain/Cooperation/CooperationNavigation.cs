namespace CseaHub.Web.Domain.Cooperation;

public sealed record RouteOutcome(RouteRule Rule, RouteVerdict Verdict);

/// <summary>Which routes give a measure between two states on a date, best first.</summary>
public static class CooperationNavigation
{
    /// <summary>
    /// The routes giving <paramref name="measure"/>; when <paramref name="emergency"/> (a life or someone's safety is at
    /// imminent risk) emergency-only routes are offered too, and first among equally open ones.
    /// </summary>
    public static IReadOnlyList<RouteOutcome> Routes(
        IEnumerable<RouteRule> rules, string measure, bool emergency, StateFacts requesting, StateFacts requested, DateOnly date) =>
        [.. rules
            .Where(r => r.Measures.Contains(measure, StringComparer.Ordinal) && (r.Use == RouteUse.Always || emergency))
            .Select(r => new RouteOutcome(r, RouteEvaluator.Evaluate(r, requesting, requested, date)))
            .OrderBy(o => o.Verdict.Availability)
            .ThenBy(o => emergency && o.Rule.Use == RouteUse.EmergencyOnly ? 0 : 1)
            .ThenBy(o => o.Rule.Rank)
            .ThenBy(o => o.Rule.Slug, StringComparer.Ordinal)];

    /// <summary>A grid cell's summary of several routes: the best of them.</summary>
    public static Availability Best(IEnumerable<RouteOutcome> outcomes) =>
        outcomes.Select(o => o.Verdict.Availability).DefaultIfEmpty(Availability.NotAvailable).Min();
}
