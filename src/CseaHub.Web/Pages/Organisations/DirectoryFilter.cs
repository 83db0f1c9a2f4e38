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
public sealed record DirectoryFilter(
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
        var query = QueryParameters.Clean(q);
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
            QueryParameters.Key(type, "type", errors),
            QueryParameters.Key(audience, "audience", errors),
            QueryParameters.Key(topic, "topic", errors),
            QueryParameters.Country(country, "country", errors),
            ParseSort(sort, errors),
            QueryParameters.Number(page, "page", 1, MaxPage, errors) ?? 1,
            QueryParameters.Number(pageSize, "pageSize", 1, MaxPageSize, errors) ?? DefaultPageSize);
        return (filter, errors);
    }

    private static DirectorySort ParseSort(string? value, Dictionary<string, string[]> errors)
    {
        switch (QueryParameters.Clean(value))
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

    public string SortValue => Sort == DirectorySort.NameDescending ? "-name" : "name";
}
