using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CseaHub.Web.Domain.Organisations;

/// <summary>
/// Phone numbers are stored in E.164 (<c>+33388412000</c>) so they dial from anywhere, and shown in the
/// international format readers expect (<c>+33 3 88 41 20 00</c>).
/// </summary>
public static partial class PhoneNumberFormat
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool IsValidE164(string value)
    {
        if (!E164Shape().IsMatch(value))
        {
            return false;
        }

        try
        {
            return Util.IsValidNumber(Util.Parse(value, null));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public static string ToDisplay(string e164)
    {
        try
        {
            return Util.Format(Util.Parse(e164, null), PhoneNumbers.PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164Shape();
}
