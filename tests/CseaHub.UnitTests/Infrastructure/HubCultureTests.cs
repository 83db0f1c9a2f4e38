using System.Globalization;
using CseaHub.Web.Infrastructure;

namespace CseaHub.UnitTests.Infrastructure;

public sealed class HubCultureTests
{
    [Theory]
    [InlineData("/account/sign-in", "fr", "/fr/account/sign-in")]
    [InlineData("/fr/account/sign-in", "en", "/account/sign-in")]
    [InlineData("/fr/account/sign-in", "fr", "/fr/account/sign-in")]
    [InlineData("/", "fr", "/fr")]
    [InlineData("/fr", "en", "/")]
    [InlineData("/french-page", "en", "/french-page")]
    public void A_path_is_put_in_the_language_asked_for(string path, string language, string expected) =>
        Assert.Equal(expected, HubCulture.PathInLanguage(path, language));

    [Fact]
    public void Writing_in_another_language_leaves_the_current_one_as_it_was()
    {
        var before = CultureInfo.CurrentUICulture;

        var written = HubCulture.In(HubCulture.French, () => HubCulture.CurrentLanguage);

        Assert.Equal(HubCulture.French, written);
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }
}
