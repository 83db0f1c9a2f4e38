using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Instruments;

namespace CseaHub.UnitTests.Domain.Cooperation;

public sealed class RouteEvaluatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly StateFacts France = new("FR", new DateOnly(1958, 1, 1));
    private static readonly StateFacts Romania = new("RO", new DateOnly(2007, 1, 1));
    private static readonly StateFacts Japan = new("JP", null);

    private static PartyFacts Bound(int year, params ReservationEffect[] effects) =>
        new(PartyStatus.Ratified, new DateOnly(year - 1, 6, 1), new DateOnly(year, 1, 1), effects);

    private static RouteRule Rule(
        Dictionary<string, PartyFacts> parties,
        RouteBinding binding = RouteBinding.BothParties,
        DateOnly? inForce = null,
        DateOnly? applies = null,
        Dictionary<string, bool>? notBound = null,
        string article = "29") =>
        new("route", new InstrumentFacts("treaty", inForce ?? new DateOnly(2004, 7, 1), applies, parties),
            [article], ["preservation"], RouteUse.Always, 10, binding, notBound ?? []);

    [Fact]
    public void Both_parties_bound_make_the_route_available_since_the_later_entry_into_force()
    {
        var verdict = RouteEvaluator.Evaluate(Rule(new() { ["FR"] = Bound(2006), ["RO"] = Bound(2004) }), France, Romania, Today);

        Assert.Equal(Availability.Available, verdict.Availability);
        Assert.Equal(new DateOnly(2006, 1, 1), verdict.AvailableSince);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void An_instrument_no_source_shows_in_force_closes_the_route_whatever_the_parties()
    {
        var rule = Rule(new() { ["FR"] = Bound(2006), ["RO"] = Bound(2004) }) with
        {
            Instrument = new InstrumentFacts("treaty", null, null, new Dictionary<string, PartyFacts> { ["FR"] = Bound(2006), ["RO"] = Bound(2004) }),
        };

        var verdict = RouteEvaluator.Evaluate(rule, France, Romania, Today);

        Assert.Equal(Availability.NotAvailable, verdict.Availability);
        Assert.Equal([new RouteReason(ReasonKind.InstrumentNotInForce)], verdict.Reasons);
    }

    [Fact]
    public void Parties_of_an_instrument_not_yet_in_force_are_not_reported_as_missing_dates()
    {
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = new(PartyStatus.Ratified, null, null, []), ["RO"] = new(PartyStatus.Signatory, null, null, []) };
        var rule = Rule(parties) with { Instrument = new InstrumentFacts("protocol", null, null, parties) };

        var verdict = RouteEvaluator.Evaluate(rule, France, Romania, Today);

        Assert.Equal([new RouteReason(ReasonKind.InstrumentNotInForce), new RouteReason(ReasonKind.OnlySigned, "RO")], verdict.Reasons);
    }

    [Fact]
    public void A_later_entry_into_force_for_one_side_says_when_the_route_opens()
    {
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = Bound(2006), ["RO"] = Bound(2027) };

        var verdict = RouteEvaluator.Evaluate(Rule(parties), France, Romania, Today);

        Assert.Equal(Availability.Upcoming, verdict.Availability);
        Assert.Equal(new DateOnly(2027, 1, 1), verdict.AvailableFrom);
        Assert.Equal(ReasonKind.NotYetInForceFor, Assert.Single(verdict.Reasons).Kind);
        Assert.Equal("RO", verdict.Reasons[0].State);
    }

    [Fact]
    public void The_same_route_judged_on_an_earlier_date_is_closed_until_both_are_bound()
    {
        var verdict = RouteEvaluator.Evaluate(
            Rule(new() { ["FR"] = Bound(2006), ["RO"] = Bound(2004) }), France, Romania, new DateOnly(2005, 6, 1));

        Assert.Equal(Availability.Upcoming, verdict.Availability);
        Assert.Equal(new DateOnly(2006, 1, 1), verdict.AvailableFrom);
    }

    [Fact]
    public void A_state_that_ratified_after_the_date_was_not_bound_then_even_without_an_entry_into_force_date()
    {
        var parties = new Dictionary<string, PartyFacts>
        {
            ["FR"] = Bound(2006),
            ["RO"] = new(PartyStatus.Ratified, new DateOnly(2010, 3, 24), null, []),
        };

        var before = RouteEvaluator.Evaluate(Rule(parties), France, Romania, new DateOnly(2008, 1, 1));
        var after = RouteEvaluator.Evaluate(Rule(parties), France, Romania, Today);

        Assert.Equal(Availability.NotAvailable, before.Availability);
        Assert.Equal([new RouteReason(ReasonKind.RatifiedLater, "RO", new DateOnly(2010, 3, 24))], before.Reasons);
        Assert.Equal(Availability.Unconfirmed, after.Availability);
    }

    [Fact]
    public void An_act_known_only_by_its_application_date_opens_on_that_date()
    {
        var rule = Rule([], RouteBinding.BothEuMembers) with
        {
            Instrument = new InstrumentFacts("act", null, new DateOnly(2026, 8, 18), new Dictionary<string, PartyFacts>()),
        };

        var applies = RouteEvaluator.Evaluate(rule, France, Romania, Today);
        var before = RouteEvaluator.Evaluate(rule, France, Romania, new DateOnly(2026, 1, 1));

        Assert.Equal(Availability.Available, applies.Availability);
        Assert.Equal(new DateOnly(2026, 8, 18), applies.AvailableSince);
        Assert.Equal([new RouteReason(ReasonKind.InstrumentAppliesFrom, Date: new DateOnly(2026, 8, 18))], before.Reasons);
    }

    [Fact]
    public void A_route_closed_until_a_known_date_with_another_date_unknown_is_not_yet_open_and_names_no_day()
    {
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = Bound(2006), ["RO"] = new(PartyStatus.Ratified, new DateOnly(2025, 5, 1), null, []) };

        var verdict = RouteEvaluator.Evaluate(Rule(parties, inForce: new DateOnly(2027, 1, 1)), France, Romania, Today);

        Assert.Equal(Availability.Upcoming, verdict.Availability);
        Assert.Null(verdict.AvailableFrom);
        Assert.Equal([ReasonKind.InstrumentInForceFrom, ReasonKind.InForceDateUnknown], verdict.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void A_signatory_or_a_state_without_a_row_is_not_bound()
    {
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = new(PartyStatus.Signatory, null, null, []) };

        var verdict = RouteEvaluator.Evaluate(Rule(parties), France, Romania, Today);

        Assert.Equal(Availability.NotAvailable, verdict.Availability);
        Assert.Equal(
            [new RouteReason(ReasonKind.OnlySigned, "FR"), new RouteReason(ReasonKind.NotParty, "RO")],
            verdict.Reasons);
    }

    [Fact]
    public void A_ratification_without_a_known_entry_into_force_is_unconfirmed_not_invented()
    {
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = Bound(2006), ["RO"] = new(PartyStatus.Ratified, null, null, []) };

        var verdict = RouteEvaluator.Evaluate(Rule(parties), France, Romania, Today);

        Assert.Equal(Availability.Unconfirmed, verdict.Availability);
        Assert.Null(verdict.AvailableSince);
        Assert.Equal(ReasonKind.InForceDateUnknown, Assert.Single(verdict.Reasons).Kind);
    }

    [Fact]
    public void A_reservation_excluding_the_article_closes_the_route_from_either_side()
    {
        var excludes = new ReservationEffect { Articles = ["7"], Kind = ReservationEffectKind.Excludes, Side = ReservationSide.Either };
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = Bound(2006), ["JP"] = Bound(2012, excludes) };

        var asked = RouteEvaluator.Evaluate(Rule(parties, article: "7"), France, Japan, Today);
        var asking = RouteEvaluator.Evaluate(Rule(parties, article: "7"), Japan, France, Today);

        Assert.All([asked, asking], verdict =>
        {
            Assert.Equal(Availability.NotAvailable, verdict.Availability);
            Assert.Equal(new RouteReason(ReasonKind.ReservationExcludes, "JP", Articles: ["7"]), verdict.Reasons.Single(), new ReasonComparer());
        });
    }

    [Fact]
    public void A_limiting_reservation_counts_only_when_the_reserving_state_is_asked()
    {
        var limits = new ReservationEffect { Articles = ["29"], Kind = ReservationEffectKind.Limits, Side = ReservationSide.Requested };
        var parties = new Dictionary<string, PartyFacts> { ["FR"] = Bound(2006), ["RO"] = Bound(2004, limits) };

        var asked = RouteEvaluator.Evaluate(Rule(parties), France, Romania, Today);
        var asking = RouteEvaluator.Evaluate(Rule(parties), Romania, France, Today);
        var otherArticle = RouteEvaluator.Evaluate(Rule(parties, article: "31"), France, Romania, Today);

        Assert.Equal(Availability.Limited, asked.Availability);
        Assert.Equal(new DateOnly(2006, 1, 1), asked.AvailableSince);
        Assert.Equal(Availability.Available, asking.Availability);
        Assert.Equal(Availability.Available, otherArticle.Availability);
    }

    [Fact]
    public void An_EU_route_needs_two_member_states_and_the_date_the_act_applies()
    {
        var rule = Rule([], RouteBinding.BothEuMembers, new DateOnly(2023, 8, 17), new DateOnly(2026, 8, 18));

        var between = RouteEvaluator.Evaluate(rule, France, Romania, Today);
        var before = RouteEvaluator.Evaluate(rule, France, Romania, new DateOnly(2026, 1, 1));
        var outside = RouteEvaluator.Evaluate(rule, France, Japan, Today);

        Assert.Equal(Availability.Available, between.Availability);
        Assert.Equal(new DateOnly(2026, 8, 18), between.AvailableSince);
        Assert.Equal(Availability.Upcoming, before.Availability);
        Assert.Equal(new DateOnly(2026, 8, 18), before.AvailableFrom);
        Assert.Equal([new RouteReason(ReasonKind.NotEuMember, "JP")], outside.Reasons);
    }

    [Fact]
    public void A_member_state_outside_the_act_closes_it_and_an_unclear_one_leaves_it_unconfirmed()
    {
        var rule = Rule([], RouteBinding.BothEuMembers, notBound: new() { ["RO"] = true });
        var unclear = rule with { NotBound = new Dictionary<string, bool> { ["RO"] = false } };

        Assert.Equal(Availability.NotAvailable, RouteEvaluator.Evaluate(rule, France, Romania, Today).Availability);
        Assert.Equal(
            [new RouteReason(ReasonKind.ParticipationUnclear, "RO")],
            RouteEvaluator.Evaluate(unclear, France, Romania, Today).Reasons);
    }

    [Fact]
    public void A_domestic_power_needs_only_the_requesting_state_to_be_bound()
    {
        var rule = Rule(new() { ["FR"] = Bound(2006) }, RouteBinding.RequestingParty);

        Assert.Equal(Availability.Available, RouteEvaluator.Evaluate(rule, France, Japan, Today).Availability);
        Assert.Equal(Availability.NotAvailable, RouteEvaluator.Evaluate(rule, Japan, France, Today).Availability);
    }

    private sealed class ReasonComparer : IEqualityComparer<RouteReason>
    {
        public bool Equals(RouteReason? x, RouteReason? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.State == y.State && x.Date == y.Date
            && (x.Articles ?? []).SequenceEqual(y.Articles ?? []);

        public int GetHashCode(RouteReason obj) => HashCode.Combine(obj.Kind, obj.State);
    }
}
