namespace CseaHub.Web.Domain.Cooperation;

/// <summary>How open a route is on the date asked about, from most to least useful now.</summary>
public enum Availability
{
    Available,

    /// <summary>Open, but a reservation lets the requested state refuse in some cases.</summary>
    Limited,

    /// <summary>The sources show the states bound but not since when: likely open, to be checked.</summary>
    Unconfirmed,

    /// <summary>
    /// Closed on the date but opening later, on a known day when every date it depends on is known; when one is not, the
    /// day is left open rather than guessed and the reasons say which date is missing.
    /// </summary>
    Upcoming,

    NotAvailable,
}

public enum ReasonKind
{
    InstrumentNotInForce,
    InstrumentInForceFrom,
    InstrumentAppliesFrom,
    NotParty,
    OnlySigned,
    StatusUnclear,
    NotYetInForceFor,
    RatifiedLater,
    InForceDateUnknown,
    NotEuMember,
    EuMemberFrom,
    DoesNotTakePart,
    ParticipationUnclear,
    ReservationExcludes,
    ReservationLimits,
}

/// <summary>
/// Why a route is not (fully) open: a kind, the state it is about, a date and the articles, so pages and the API can
/// word it in the reader's language.
/// </summary>
public sealed record RouteReason(ReasonKind Kind, string? State = null, DateOnly? Date = null, IReadOnlyList<string>? Articles = null)
{
    public Availability Level => Kind switch
    {
        ReasonKind.ReservationLimits => Availability.Limited,
        ReasonKind.StatusUnclear or ReasonKind.InForceDateUnknown or ReasonKind.ParticipationUnclear => Availability.Unconfirmed,
        ReasonKind.InstrumentInForceFrom or ReasonKind.InstrumentAppliesFrom or ReasonKind.NotYetInForceFor
            or ReasonKind.EuMemberFrom => Availability.Upcoming,
        _ => Availability.NotAvailable,
    };
}
