using CseaHub.Web.Domain.Instruments;

namespace CseaHub.UnitTests.Domain.Instruments;

public sealed class RatificationTimelineTests
{
    [Fact]
    public void Years_run_without_gaps_and_add_up_to_the_dated_ratifications()
    {
        (PartyStatus, DateOnly?)[] rows =
        [
            (PartyStatus.Ratified, new DateOnly(2004, 3, 1)),
            (PartyStatus.Ratified, new DateOnly(2006, 7, 1)),
            (PartyStatus.Ratified, new DateOnly(2006, 9, 1)),
            (PartyStatus.Ratified, null),
            (PartyStatus.Signatory, null),
        ];

        var timeline = RatificationTimeline.Of(rows);

        Assert.Equal(
            [new(2004, 1, 1), new(2005, 0, 1), new RatificationTimeline.Year(2006, 2, 3)],
            timeline.Years);
        Assert.Equal(1, timeline.WithoutDate);
    }

    [Fact]
    public void Without_any_date_there_is_no_timeline_only_a_count()
    {
        var timeline = RatificationTimeline.Of([(PartyStatus.Ratified, null), (PartyStatus.Ratified, null)]);

        Assert.Empty(timeline.Years);
        Assert.Equal(2, timeline.WithoutDate);
    }
}
