using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Instruments;

namespace CseaHub.UnitTests.Domain.Cooperation;

public sealed class CooperationNavigationTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly StateFacts France = new("FR", new DateOnly(1958, 1, 1));
    private static readonly StateFacts Romania = new("RO", new DateOnly(2007, 1, 1));

    private static readonly Dictionary<string, PartyFacts> BothBound = new()
    {
        ["FR"] = new(PartyStatus.Ratified, null, new DateOnly(2006, 5, 1), []),
        ["RO"] = new(PartyStatus.Ratified, null, new DateOnly(2004, 9, 1), []),
    };

    private static RouteRule Route(string slug, int rank, RouteUse use = RouteUse.Always, bool inForce = true, params string[] measures) =>
        new(slug, new InstrumentFacts("treaty", inForce ? new DateOnly(2004, 7, 1) : null, null, BothBound),
            ["1"], measures.Length > 0 ? measures : ["subscriber-info"], use, rank, RouteBinding.BothParties, new Dictionary<string, bool>());

    [Fact]
    public void Open_routes_come_first_then_by_rank()
    {
        RouteRule[] rules = [Route("closed-but-first-rank", 0, inForce: false), Route("fallback", 90), Route("direct", 10)];

        var routes = CooperationNavigation.Routes(rules, "subscriber-info", Urgency.Ordinary, France, Romania, Today);

        Assert.Equal(["direct", "fallback", "closed-but-first-rank"], routes.Select(r => r.Rule.Slug));
    }

    [Fact]
    public void Emergency_only_routes_are_offered_in_an_emergency_and_come_first_among_open_routes()
    {
        RouteRule[] rules = [Route("ordinary", 0), Route("emergency", 20, RouteUse.EmergencyOnly)];

        var ordinary = CooperationNavigation.Routes(rules, "subscriber-info", Urgency.Ordinary, France, Romania, Today);
        var urgent = CooperationNavigation.Routes(rules, "subscriber-info", Urgency.Emergency, France, Romania, Today);

        Assert.Equal(["ordinary"], ordinary.Select(r => r.Rule.Slug));
        Assert.Equal(["emergency", "ordinary"], urgent.Select(r => r.Rule.Slug));
    }

    [Fact]
    public void For_an_emergency_measure_rank_alone_orders_the_routes()
    {
        RouteRule[] rules = [Route("urgent-assistance", 30, RouteUse.EmergencyOnly), Route("order-with-emergency-deadline", 0)];

        var routes = CooperationNavigation.Routes(rules, "subscriber-info", Urgency.EmergencyMeasure, France, Romania, Today);

        Assert.Equal(["order-with-emergency-deadline", "urgent-assistance"], routes.Select(r => r.Rule.Slug));
    }

    [Fact]
    public void Only_routes_giving_the_measure_are_listed_and_a_cell_without_routes_is_not_available()
    {
        RouteRule[] rules = [Route("preserve", 0, measures: "preservation")];

        var routes = CooperationNavigation.Routes(rules, "interception", Urgency.Ordinary, France, Romania, Today);

        Assert.Empty(routes);
        Assert.Equal(Availability.NotAvailable, CooperationNavigation.Best(routes));
    }
}
