using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Domain.Editorial;

public sealed class IdentifierKeyTests
{
    [Theory]
    [InlineData("CETS No. 224", "cets 224")]
    [InlineData("CETS n° 224", "cets 224")]
    [InlineData("Art. 9", "art 9")]
    [InlineData("T-CY", "t-cy")]
    [InlineData("C-PROC", "c-proc")]
    [InlineData("Comité de Lanzarote", "comite de lanzarote")]
    public void References_and_acronyms_have_one_spelling(string written, string key)
    {
        Assert.Equal(key, IdentifierKey.Normalize(written));
    }

    [Fact]
    public void A_query_offers_every_run_of_up_to_four_words()
    {
        var windows = IdentifierKey.Windows("Budapest Convention Art. 9 offences");

        Assert.Contains("budapest convention art 9", windows);
        Assert.Contains("art 9", windows);
        Assert.DoesNotContain("budapest convention art 9 offences", windows);
    }
}
