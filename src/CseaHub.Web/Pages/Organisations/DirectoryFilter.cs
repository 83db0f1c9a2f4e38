using System.Globalization;
using System.Text.RegularExpressions;

namespace CseaHub.Web.Pages.Organisations;

public enum DirectorySort
{
    Name,
    NameDescending,
}

/// <summary>
/// The directory's filters as they arrive in a query string, shared by the page and the API so both accept and
/// refuse exactly the same input. Values are checked for shape here and against the taxonomies by the query.
/// </summary>
public sealed partial record DirectoryFilter(
    string? Query,
    string? Type,
    string? Audience,
    string? Topic,
    string? Country,
    DirectorySort Sort,
    int Page,
    int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;

    // Far past any real directory, and small enough that (page - 1) * pageSize never overflows an offset.
    public const int MaxPage = 100_000;

    public bool HasFilters => Query is not null || Type is not null || Audience is not null || Topic is not null || Country is not null;

    public static (DirectoryFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        string? q, string? type, string? audience, string? topic, string? country, string? sort, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Clean(q);
        if (query is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"The search text is longer than {MaxQueryLength} characters."];
            query = null;
        }
        else if (query is not null && query.Any(char.IsControl))
        {
            errors["q"] = ["The search text contains control characters."];
            query = null;
        }

        var filter = new DirectoryFilter(
            query,
            Key(type, "type", KeyShape(), errors),
            Key(audience, "audience", KeyShape(), errors),
            Key(topic, "topic", KeyShape(), errors),
            Key(country, "country", CountryShape(), errors)?.ToUpperInvariant(),
            ParseSort(sort, errors),
            Number(page, "page", 1, MaxPage, 1, errors),
            Number(pageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, errors));
        return (filter, errors);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A value that cannot be a key (wrong characters, too long) is refused before it reaches the database.
    private static string? Key(string? value, string name, Regex shape, Dictionary<string, string[]> errors)
    {
        var key = Clean(value);
        if (key is not null && !shape.IsMatch(key))
        {
            errors[name] = [$"'{Truncate(key)}' is not a known {name}."];
            return null;
        }

        return key;
    }

    private static DirectorySort ParseSort(string? value, Dictionary<string, string[]> errors)
    {
        switch (Clean(value))
        {
            case null or "name":
                return DirectorySort.Name;
            case "-name":
                return DirectorySort.NameDescending;
            default:
                errors["sort"] = ["Sort by 'name' (A to Z) or '-name' (Z to A)."];
                return DirectorySort.Name;
        }
    }

    private static int Number(string? value, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (Clean(value) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"'{Truncate(text)}' is not a valid {name}: use a whole number from {min} to {max}."];
        return fallback;
    }

    private static string Truncate(string text)
    {
        var printable = new string([.. text.Take(20).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 20 ? printable + "…" : printable;
    }

    [GeneratedRegex("^(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryShape();

    public string SortValue => Sort == DirectorySort.NameDescending ? "-name" : "name";
}
