using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.UnitTests.Infrastructure;

public sealed class AccountInputTests
{
    [Theory]
    [InlineData("123 456", true, "123456")]
    [InlineData("abcde fghij", false, "ABCDE-FGHIJ")]
    [InlineData(" ABCDE-FGHIJ ", false, "ABCDE-FGHIJ")]
    [InlineData("abcdefghij", false, "ABCDE-FGHIJ")]
    [InlineData("12345", false, "12345")]
    [InlineData(null, false, "")]
    public void Codes_are_read_as_people_type_them(string? typed, bool fromApp, string code)
    {
        Assert.Equal((fromApp, code), AccountInput.ReadCode(typed));
    }

    [Theory]
    [InlineData("o'brien@example.org", true)]
    [InlineData("someone\0@example.org", false)]
    [InlineData("not an address", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void An_address_is_one_the_account_columns_can_hold(string? value, bool expected)
    {
        Assert.Equal(expected, AccountInput.IsEmail(value));
    }

    [Fact]
    public void An_address_longer_than_the_account_columns_is_refused()
    {
        var atLimit = new string('a', AccountInput.MaxEmailLength - "@example.org".Length) + "@example.org";

        Assert.True(AccountInput.IsEmail(atLimit));
        Assert.False(AccountInput.IsEmail("a" + atLimit));
    }
}
