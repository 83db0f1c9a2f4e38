using CseaHub.Web.Domain.Instruments;

namespace CseaHub.Web.Domain.Cooperation;

/// <summary>A state's standing with an instrument, as the navigator needs it.</summary>
public sealed record PartyFacts(
    PartyStatus Status, DateOnly? Ratification, DateOnly? EntryIntoForce, IReadOnlyList<ReservationEffect> Effects);

/// <summary>An instrument's dates and its party rows by state code.</summary>
public sealed record InstrumentFacts(
    string Slug, DateOnly? EntryIntoForce, DateOnly? ApplicableFrom, IReadOnlyDictionary<string, PartyFacts> Parties);

public sealed record StateFacts(string Code, DateOnly? EuMemberSince);

/// <summary>
/// A route reduced to what decides whether it is open. <see cref="NotBound"/> holds the states that do not take part
/// (true) or whose participation the sources leave open (false).
/// </summary>
public sealed record RouteRule(
    string Slug,
    InstrumentFacts Instrument,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Measures,
    RouteUse Use,
    int Rank,
    RouteBinding Binding,
    IReadOnlyDictionary<string, bool> NotBound);

/// <summary>
/// How open a route is on a date, and why. <see cref="AvailableSince"/> is the day it opened (when every date it depends on
/// is known); <see cref="AvailableFrom"/> the day it will open, for a route that is only closed until then.
/// </summary>
public sealed record RouteVerdict(
    Availability Availability, DateOnly? AvailableSince, DateOnly? AvailableFrom, IReadOnlyList<RouteReason> Reasons);

/// <summary>
/// Applies a route's conditions to two states on a date. It knows how conditions combine, never what a treaty says:
/// which article gives what, who is bound and which reservation excludes what all come from the data.
/// </summary>
public static class RouteEvaluator
{
    public static RouteVerdict Evaluate(RouteRule rule, StateFacts requesting, StateFacts requested, DateOnly date)
    {
        var check = new Check(date);
        var instrument = rule.Instrument;
        if (instrument.ApplicableFrom is { } applies)
        {
            // An act applies no earlier than it enters into force, so its application date alone decides.
            check.Needs(applies, new RouteReason(ReasonKind.InstrumentAppliesFrom, Date: applies));
        }
        else if (instrument.EntryIntoForce is { } inForce)
        {
            check.Needs(inForce, new RouteReason(ReasonKind.InstrumentInForceFrom, Date: inForce));
        }
        else
        {
            check.Fail(new RouteReason(ReasonKind.InstrumentNotInForce));
        }

        switch (rule.Binding)
        {
            case RouteBinding.BothParties:
                CheckParty(check, instrument, requesting);
                CheckParty(check, instrument, requested);
                break;
            case RouteBinding.RequestingParty:
                CheckParty(check, instrument, requesting);
                break;
            case RouteBinding.BothEuMembers:
                CheckEuMember(check, requesting);
                CheckEuMember(check, requested);
                break;
        }

        foreach (var state in new[] { requesting, requested }.DistinctBy(s => s.Code))
        {
            if (rule.NotBound.TryGetValue(state.Code, out var confirmed))
            {
                check.Unknown(new RouteReason(confirmed ? ReasonKind.DoesNotTakePart : ReasonKind.ParticipationUnclear, state.Code));
            }
        }

        CheckReservations(check, rule, requesting, isRequested: false);
        CheckReservations(check, rule, requested, isRequested: true);
        return check.Verdict();
    }

    private static void CheckParty(Check check, InstrumentFacts instrument, StateFacts state)
    {
        if (!instrument.Parties.TryGetValue(state.Code, out var party))
        {
            check.Fail(new RouteReason(ReasonKind.NotParty, state.Code));
            return;
        }

        switch (party.Status)
        {
            case PartyStatus.Signatory:
                check.Fail(new RouteReason(ReasonKind.OnlySigned, state.Code));
                break;
            case PartyStatus.Listed:
                check.Unknown(new RouteReason(ReasonKind.StatusUnclear, state.Code));
                break;
            // Before the instrument itself is in force no Party can have an entry-into-force date: that reason says it all.
            case PartyStatus.Ratified when party.EntryIntoForce is null && instrument.EntryIntoForce is null:
                break;
            case PartyStatus.Ratified when party.EntryIntoForce is null && party.Ratification > check.Date:
                check.Fail(new RouteReason(ReasonKind.RatifiedLater, state.Code, party.Ratification));
                break;
            case PartyStatus.Ratified when party.EntryIntoForce is null:
                check.Unknown(new RouteReason(ReasonKind.InForceDateUnknown, state.Code));
                break;
            case PartyStatus.Ratified:
                check.Needs(party.EntryIntoForce, new RouteReason(ReasonKind.NotYetInForceFor, state.Code, party.EntryIntoForce));
                break;
        }
    }

    private static void CheckEuMember(Check check, StateFacts state)
    {
        if (state.EuMemberSince is null)
        {
            check.Fail(new RouteReason(ReasonKind.NotEuMember, state.Code));
        }
        else
        {
            check.Needs(state.EuMemberSince, new RouteReason(ReasonKind.EuMemberFrom, state.Code, state.EuMemberSince));
        }
    }

    private static void CheckReservations(Check check, RouteRule rule, StateFacts state, bool isRequested)
    {
        if (!rule.Instrument.Parties.TryGetValue(state.Code, out var party))
        {
            return;
        }

        foreach (var effect in party.Effects.Where(e => e.Side == ReservationSide.Either || isRequested))
        {
            var articles = rule.Articles.Intersect(effect.Articles, StringComparer.Ordinal).ToList();
            if (articles.Count == 0)
            {
                continue;
            }

            var kind = effect.Kind == ReservationEffectKind.Excludes ? ReasonKind.ReservationExcludes : ReasonKind.ReservationLimits;
            check.Fail(new RouteReason(kind, state.Code, Articles: articles));
        }
    }

    /// <summary>Collects reasons and the dates the route depends on (null when a source does not give one).</summary>
    private sealed class Check(DateOnly date)
    {
        public DateOnly Date => date;

        private readonly List<RouteReason> _reasons = [];
        private readonly List<DateOnly?> _dates = [];

        public void Fail(RouteReason reason) => _reasons.Add(reason);

        public void Unknown(RouteReason reason)
        {
            _reasons.Add(reason);
            _dates.Add(null);
        }

        /// <summary>The route opens on <paramref name="from"/> at the earliest; before it, <paramref name="reason"/> holds.</summary>
        public void Needs(DateOnly? from, RouteReason reason)
        {
            _dates.Add(from);
            if (from > date)
            {
                _reasons.Add(reason);
            }
        }

        public RouteVerdict Verdict()
        {
            var availability = _reasons.Count == 0 ? Availability.Available : _reasons.Max(r => r.Level);
            DateOnly? opens = _dates.Count > 0 && _dates.All(d => d is not null) ? _dates.Max() : null;
            return availability switch
            {
                Availability.Available or Availability.Limited => new RouteVerdict(availability, opens, null, _reasons),
                Availability.Upcoming => new RouteVerdict(availability, null, opens, _reasons),
                _ => new RouteVerdict(availability, null, null, _reasons),
            };
        }
    }
}
