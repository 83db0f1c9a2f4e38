using CseaHub.Web.Pages.Organisations;

namespace CseaHub.UnitTests.Pages.Organisations;

public sealed class DirectoryFilterTests
{
    [Fact]
    public void Empty_query_string_means_first_page_by_name_without_filters()
    {
        var (filter, errors) = DirectoryFilter.Parse(null, null, null, null, null, null, null, null);

        Assert.Empty(errors);
        Assert.False(filter.HasFilters);
        Assert.Equal((1, DirectoryFilter.DefaultPageSize, DirectorySort.Name), (filter.Page, filter.PageSize, filter.Sort));
    }

    [Fact]
    public void Values_are_trimmed_and_country_codes_upper_cased()
    {
        var (filter, errors) = DirectoryFilter.Parse(" europol ", "eu-agency", " ngos", null, "nl", "-name", "2", "50");

        Assert.Empty(errors);
        Assert.Equal(new DirectoryFilter("europol", "eu-agency", "ngos", null, "NL", DirectorySort.NameDescending, 2, 50), filter);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    [InlineData("2147483647")]
    [InlineData("100001")]
    public void Malformed_page_numbers_are_reported_not_guessed(string page)
    {
        var (_, errors) = DirectoryFilter.Parse(null, null, null, null, null, null, page, null);

        Assert.Contains("page", errors.Keys);
    }

    [Theory]
    [InlineData("q", "\0")]
    [InlineData("q", "abc\u0007")]
    [InlineData("type", "\0")]
    [InlineData("audience", "NGOs")]
    [InlineData("topic", "../etc")]
    [InlineData("country", "FRA")]
    [InlineData("country", "\0\0")]
    public void Control_characters_and_impossible_keys_are_refused_before_any_query(string parameter, string value)
    {
        string? Value(string name) => name == parameter ? value : null;

        var (_, errors) = DirectoryFilter.Parse(
            Value("q"), Value("type"), Value("audience"), Value("topic"), Value("country"), null, null, null);

        Assert.Equal([parameter], errors.Keys);
        Assert.DoesNotContain('\0', errors[parameter][0]);
    }

    [Fact]
    public void Page_size_above_the_maximum_is_refused()
    {
        var (_, errors) = DirectoryFilter.Parse(null, null, null, null, null, null, null, "101");

        Assert.Contains("pageSize", errors.Keys);
    }

    [Fact]
    public void Oversized_search_text_and_unknown_sort_are_reported()
    {
        var (_, errors) = DirectoryFilter.Parse(new string('x', 201), null, null, null, null, "date", null, null);

        Assert.Equal(["q", "sort"], errors.Keys.Order());
    }
}
