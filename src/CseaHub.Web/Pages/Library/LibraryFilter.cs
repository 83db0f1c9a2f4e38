using CseaHub.Web.Domain.Library;

namespace CseaHub.Web.Pages.Library;

/// <summary>
/// The library's filters as they arrive in a query string, shared by <c>/library</c> and <c>/api/v1/documents</c>.
/// Values are checked for shape here and against what the viewer may see by <see cref="LibraryCatalogue"/>.
/// </summary>
public sealed record LibraryFilter(
    DocumentKind? Kind,
    string? Body,
    string? Instrument,
    string? Country,
    string? Topic,
    string? Audience,
    int? Year,
    int Page,
    int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;

    public bool HasFilters =>
        Kind is not null || Body is not null || Instrument is not null || Country is not null || Topic is not null
        || Audience is not null || Year is not null;

    public static (LibraryFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(IQueryCollection query) =>
        Parse(query["kind"], query["body"], query["instrument"], query["country"], query["topic"], query["audience"], query["year"],
            query["page"], query["pageSize"]);

    public static (LibraryFilter Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(
        string? kindKey,
        string? body,
        string? instrument,
        string? country,
        string? topic,
        string? audience,
        string? year,
        string? page,
        string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        DocumentKind? kind = null;
        if (QueryParameters.Key(kindKey, "kind", errors) is { } key)
        {
            kind = EnumKeys.FromKey<DocumentKind>(key);
            if (kind is null)
            {
                errors["kind"] = [$"'{key}' is not a document kind."];
            }
        }

        var filter = new LibraryFilter(
            kind,
            QueryParameters.Key(body, "body", errors),
            QueryParameters.Key(instrument, "instrument", errors),
            QueryParameters.Country(country, "country", errors),
            QueryParameters.Key(topic, "topic", errors),
            QueryParameters.Key(audience, "audience", errors),
            QueryParameters.Year(year, "year", errors),
            QueryParameters.Number(page, "page", 1, MaxPage, errors) ?? 1,
            QueryParameters.Number(pageSize, "pageSize", 1, MaxPageSize, errors) ?? DefaultPageSize);
        return (filter, errors);
    }

    /// <summary>The filters and page size as query values (the page number left out), to build links that keep them.</summary>
    public Dictionary<string, string?> ToQuery() => new()
    {
        ["kind"] = Kind?.ToKey(),
        ["body"] = Body,
        ["instrument"] = Instrument,
        ["country"] = Country,
        ["topic"] = Topic,
        ["audience"] = Audience,
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["pageSize"] = PageSize == DefaultPageSize ? null : PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
