using System.Globalization;
using System.Text.RegularExpressions;

namespace CseaHub.Web.Pages;

/// <summary>
/// Shape checks for filter values arriving in a query string, shared by every list page and its API twin: a value
/// that cannot be a key, a code or a number is refused before it reaches the database, with a message that names it.
/// </summary>
public static partial class QueryParameters
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A taxonomy key or slug (lower-case letters, digits, hyphens).</summary>
    public static string? Key(string? value, string name, Dictionary<string, string[]> errors) =>
        Shaped(value, name, KeyShape(), errors);

    /// <summary>An ISO 3166-1 alpha-2 code in either case, returned in capitals.</summary>
    public static string? Country(string? value, string name, Dictionary<string, string[]> errors) =>
        Shaped(value, name, CountryShape(), errors)?.ToUpperInvariant();

    /// <summary>A year filter (a document's year, a search facet): four digits a date in the hub can have.</summary>
    public static int? Year(string? value, string name, Dictionary<string, string[]> errors) => Number(value, name, 1900, 2999, errors);

    public static int? Number(string? value, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"'{Truncate(text)}' is not a valid {name}: use a whole number from {min} to {max}."];
        return null;
    }

    /// <summary>The start of a refused value, control characters masked, so the message can safely quote it.</summary>
    public static string Truncate(string text)
    {
        var printable = new string([.. text.Take(20).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 20 ? printable + "…" : printable;
    }

    private static string? Shaped(string? value, string name, Regex shape, Dictionary<string, string[]> errors)
    {
        var key = Clean(value);
        if (key is not null && !shape.IsMatch(key))
        {
            errors[name] = [$"'{Truncate(key)}' is not a known {name}."];
            return null;
        }

        return key;
    }

    [GeneratedRegex("^(?=.{1,120}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryShape();
}
