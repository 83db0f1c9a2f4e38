namespace CseaHub.Web.Domain.Instruments;

/// <summary>
/// The figures an instrument page shows, computed from its party rows and never typed: how many states are bound,
/// how many signed without ratifying, and how complete the dates are.
/// </summary>
public sealed record PartyCounts(int Ratified, int SignatoriesOnly, int Listed, int WithRatificationDate, int WithEntryIntoForce)
{
    public int Rows => Ratified + SignatoriesOnly + Listed;

    public static PartyCounts Of(IEnumerable<(PartyStatus Status, DateOnly? Ratification, DateOnly? EntryIntoForce)> parties)
    {
        var rows = parties.ToList();
        return new PartyCounts(
            rows.Count(p => p.Status == PartyStatus.Ratified),
            rows.Count(p => p.Status == PartyStatus.Signatory),
            rows.Count(p => p.Status == PartyStatus.Listed),
            rows.Count(p => p.Status == PartyStatus.Ratified && p.Ratification is not null),
            rows.Count(p => p.Status == PartyStatus.Ratified && p.EntryIntoForce is not null));
    }
}
