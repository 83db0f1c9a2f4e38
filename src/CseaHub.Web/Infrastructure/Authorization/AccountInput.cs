using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CseaHub.Web.Infrastructure.Authorization;

/// <summary>
/// Checks for what people type into the account forms and the back office, before any of it reaches the database:
/// PostgreSQL refuses a NUL in text, and Identity's columns are shorter than e-mail addresses may be.
/// </summary>
public static class AccountInput
{
    /// <summary>The length of Identity's user-name and e-mail columns.</summary>
    public const int MaxEmailLength = 256;

    public const int MaxOrganisationLength = 300;

    /// <summary>Present, no longer than <paramref name="maxLength"/>, and free of control characters.</summary>
    public static bool IsClean([NotNullWhen(true)] string? value, int maxLength) =>
        !string.IsNullOrEmpty(value) && value.Length <= maxLength && !value.Any(char.IsControl);

    public static bool IsEmail([NotNullWhen(true)] string? value) => IsClean(value, MaxEmailLength) && MailAddress.TryCreate(value, out _);

    /// <summary>An Identity token (e-mail confirmation, password reset) as it travels in a link: base64url.</summary>
    public static string LinkToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token a link carries; null for anything that cannot be one.</summary>
    public static string? ReadLinkToken(string? code)
    {
        if (!IsClean(code, 2000))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A second-factor code as people type it: six digits from the app ("123 456"), or a recovery code in any case, with
    /// or without its hyphen ("abcde fghij"), put back in the form Identity issued it ("ABCDE-FGHIJ").
    /// </summary>
    public static (bool FromApp, string Code) ReadCode(string? typed)
    {
        var compact = new string([.. (typed ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')]).ToUpperInvariant();
        if (compact.Length == 6 && compact.All(char.IsAsciiDigit))
        {
            return (true, compact);
        }

        return (false, compact.Length == 10 ? $"{compact[..5]}-{compact[5..]}" : compact);
    }
}
