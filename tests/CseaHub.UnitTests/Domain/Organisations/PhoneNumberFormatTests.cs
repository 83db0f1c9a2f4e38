using CseaHub.Web.Domain.Organisations;

namespace CseaHub.UnitTests.Domain.Organisations;

public sealed class PhoneNumberFormatTests
{
    [Theory]
    [InlineData("+33388412000")]
    [InlineData("+40212017887")]
    [InlineData("+18008435678")]
    public void Real_numbers_in_E164_are_valid(string number) => Assert.True(PhoneNumberFormat.IsValidE164(number));

    [Theory]
    [InlineData("+33 (0)3 88 41 20 00")]
    [InlineData("0388412000")]
    [InlineData("+3338841200099999")]
    [InlineData("+33123")]
    [InlineData("")]
    [InlineData("+0388412000")]
    public void Numbers_not_in_E164_or_not_dialable_are_invalid(string number) =>
        Assert.False(PhoneNumberFormat.IsValidE164(number));

    [Fact]
    public void Display_groups_digits_the_international_way()
    {
        Assert.Equal("+33 3 88 41 20 00", PhoneNumberFormat.ToDisplay("+33388412000"));
    }
}
