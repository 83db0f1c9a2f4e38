using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Domain.Editorial;

public sealed class LocalisedTextTests
{
    [Fact]
    public void French_reader_gets_the_French_text_when_there_is_one()
    {
        var text = new LocalisedText("Council of Europe", "Conseil de l'Europe");

        var value = text.In("fr");

        Assert.Equal(new LocalisedValue("Conseil de l'Europe", "fr"), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_French_falls_back_to_English_and_says_so(string french)
    {
        var text = new LocalisedText("Eurojust", french);

        var value = text.In("fr");

        Assert.Equal(new LocalisedValue("Eurojust", "en"), value);
    }

    [Fact]
    public void English_reader_always_gets_English()
    {
        Assert.Equal("en", new LocalisedText("Europol", "Europol FR").In("en").Language);
    }
}
