namespace CseaHub.Web.Domain.Instruments;

/// <summary>
/// Cumulative number of states bound by an instrument, year by year, from the ratification (or accession) dates that
/// sources give. States bound without a known date cannot be placed on it and are counted apart.
/// </summary>
public sealed record RatificationTimeline(IReadOnlyList<RatificationTimeline.Year> Years, int WithoutDate)
{
    public sealed record Year(int Value, int Added, int Cumulative);

    public static RatificationTimeline Of(IEnumerable<(PartyStatus Status, DateOnly? Ratification)> parties)
    {
        var bound = parties.Where(p => p.Status == PartyStatus.Ratified).ToList();
        var byYear = bound.Where(p => p.Ratification is not null)
            .GroupBy(p => p.Ratification!.Value.Year)
            .ToDictionary(g => g.Key, g => g.Count());
        if (byYear.Count == 0)
        {
            return new RatificationTimeline([], bound.Count);
        }

        var years = new List<Year>();
        var cumulative = 0;
        for (var year = byYear.Keys.Min(); year <= byYear.Keys.Max(); year++)
        {
            var added = byYear.GetValueOrDefault(year);
            cumulative += added;
            years.Add(new Year(year, added, cumulative));
        }

        return new RatificationTimeline(years, bound.Count(p => p.Ratification is null));
    }
}
