using CseaHub.Web.Domain.Instruments;

namespace CseaHub.UnitTests.Domain.Instruments;

public sealed class PartyCountsTests
{
    [Fact]
    public void Counts_are_computed_from_the_rows_and_completeness_only_counts_bound_states()
    {
        (PartyStatus, DateOnly?, DateOnly?)[] rows =
        [
            (PartyStatus.Ratified, new DateOnly(2010, 1, 1), new DateOnly(2010, 5, 1)),
            (PartyStatus.Ratified, null, new DateOnly(2011, 1, 1)),
            (PartyStatus.Ratified, null, null),
            (PartyStatus.Signatory, null, null),
            (PartyStatus.Listed, null, null),
        ];

        var counts = PartyCounts.Of(rows);

        Assert.Equal(new PartyCounts(Ratified: 3, SignatoriesOnly: 1, Listed: 1, WithRatificationDate: 1, WithEntryIntoForce: 2), counts);
        Assert.Equal(5, counts.Rows);
    }
}
