using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.UnitTests.Domain.Organisations;

public sealed class OrganisationTests
{
    [Fact]
    public void Setting_the_name_and_acronym_keeps_the_sort_and_search_keys_in_step()
    {
        var organisation = new Organisation { Name = new LocalisedText("Council of Europe", "Conseil de l'Europe"), Acronym = "CoE" };

        Assert.Equal("council of europe", organisation.NameKeyEn);
        Assert.Equal("conseil de l'europe", organisation.NameKeyFr);
        Assert.Equal("council of europe conseil de l'europe coe", organisation.SearchKey);
    }

    [Fact]
    public void Without_a_French_name_French_readers_sort_by_the_English_one()
    {
        var organisation = new Organisation { Name = new LocalisedText("Eurojust", " ") };

        Assert.Equal("eurojust", organisation.NameKeyFr);
    }
}
