using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Domain.Editorial;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("État de droit", "etat de droit")]
    [InlineData("  eSafety   Commissioner ", "esafety commissioner")]
    [InlineData("Pédopornographie", "pedopornographie")]
    [InlineData("T-CY", "t-cy")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Keys_fold_case_accents_and_spaces(string? text, string key) => Assert.Equal(key, TextKey.Of(text));

    [Fact]
    public void Keys_sort_names_as_readers_expect_whatever_their_case_and_accents()
    {
        string[] names = ["Zeta", "état", "Europol", "eSafety Commissioner", "ECPAT"];

        var sorted = names.OrderBy(TextKey.Of, StringComparer.Ordinal);

        Assert.Equal(["ECPAT", "eSafety Commissioner", "état", "Europol", "Zeta"], sorted);
    }
}
