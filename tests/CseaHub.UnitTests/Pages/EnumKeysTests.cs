using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Pages;

namespace CseaHub.UnitTests.Pages;

public sealed class EnumKeysTests
{
    [Fact]
    public void Every_document_kind_round_trips_through_its_url_key()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            Assert.Equal(kind, EnumKeys.FromKey<DocumentKind>(kind.ToKey()));
        }
    }

    [Theory]
    [InlineData(DocumentKind.InterpretativeOpinion, "interpretative-opinion")]
    [InlineData(DocumentKind.Research, "research")]
    public void Url_keys_are_lower_case_words_joined_by_hyphens(DocumentKind kind, string key)
    {
        Assert.Equal(key, kind.ToKey());
    }

    [Fact]
    public void Digits_stay_with_their_word_and_unknown_keys_match_nothing()
    {
        Assert.Equal("contact-point247", AuthorityRole.ContactPoint247.ToKey());
        Assert.Null(EnumKeys.FromKey<DocumentKind>("InterpretativeOpinion"));
    }
}
