using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Domain.Editorial;

public sealed class PartialDateTests
{
    [Fact]
    public void A_date_known_to_the_day_sorts_on_that_day()
    {
        var date = new PartialDate { Year = 2024, Day = new DateOnly(2024, 6, 12) };

        Assert.Equal(new DateOnly(2024, 6, 12), date.SortKey);
    }

    [Fact]
    public void A_date_known_only_to_the_year_sorts_at_the_start_of_that_year_and_follows_changes()
    {
        var date = new PartialDate { Year = 2017 };
        Assert.Equal(new DateOnly(2017, 1, 1), date.SortKey);

        date.Day = new DateOnly(2017, 3, 9);

        Assert.Equal(new DateOnly(2017, 3, 9), date.SortKey);
    }

    [Fact]
    public void A_date_not_filled_in_yet_sorts_first_instead_of_failing()
    {
        Assert.Equal(DateOnly.MinValue, new PartialDate().SortKey);
    }
}
