using CseaHub.Web.Domain.Countries;

namespace CseaHub.Web.Domain.Instruments;

/// <summary>Where a state stands with an instrument, as its sources show it.</summary>
public enum PartyStatus
{
    /// <summary>Signed, and no source shows a ratification.</summary>
    Signatory,

    /// <summary>Ratified, accepted, approved or acceded: bound by the instrument.</summary>
    Ratified,

    /// <summary>A source lists the state, but no source shows whether it signed or ratified.</summary>
    Listed,
}

/// <summary>
/// One state's row for one instrument. A missing date means no source gave it, not that the act did not happen;
/// every row keeps the sources it was compiled from and a note on how recent they are.
/// </summary>
public sealed class Party
{
    public int Id { get; set; }

    public int InstrumentId { get; set; }

    public int CountryId { get; set; }

    public Country Country { get; set; } = null!;

    public PartyStatus Status { get; set; }

    public DateOnly? Signature { get; set; }

    /// <summary>Ratification, or accession when <see cref="Accession"/> is set.</summary>
    public DateOnly? Ratification { get; set; }

    public bool Accession { get; set; }

    public DateOnly? EntryIntoForce { get; set; }

    /// <summary>Reservations and declarations, in short, when a source gives them.</summary>
    public string? Reservations { get; set; }

    /// <summary>What those reservations do to cooperation, for the navigator; empty when none was recorded.</summary>
    public List<ReservationEffect> ReservationEffects { get; } = [];

    public List<string> SourceUrls { get; set; } = [];

    /// <summary>How recent the sources are, as they say it ("status as of 2015-12-03", "undated page, latest entry …").</summary>
    public string StatusAsOf { get; set; } = string.Empty;
}

/// <summary>What a reservation or declaration does to the routes resting on its articles.</summary>
public enum ReservationEffectKind
{
    /// <summary>The articles do not apply: the route is closed.</summary>
    Excludes,

    /// <summary>The articles apply with a condition (dual criminality, serious offences only): the route is open in part.</summary>
    Limits,
}

/// <summary>On which side of a request the reserving state must stand for the effect to count.</summary>
public enum ReservationSide
{
    Either,
    Requested,
}

/// <summary>One effect of a state's reservations, as editors read it from the reservation's text.</summary>
public sealed class ReservationEffect
{
    public List<string> Articles { get; set; } = [];

    public ReservationEffectKind Kind { get; set; }

    public ReservationSide Side { get; set; }
}
