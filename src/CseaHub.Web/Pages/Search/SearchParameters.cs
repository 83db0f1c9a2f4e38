using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Search;

namespace CseaHub.Web.Pages.Search;

/// <summary>
/// A search as it arrives in a query string, shared by <c>/search</c> and <c>/api/v1/search</c>: the text (checked for
/// length and control characters), one value per facet, the audience to favour, paging. Shapes are checked here,
/// values against what the reader may see by <see cref="SearchVocabulary"/>.
/// </summary>
public sealed record SearchParameters(string? Text, IReadOnlyDictionary<string, string> Filters, string? ForAudience, int Page, int PageSize)
{
    public const int MaxTextLength = 300;
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
    public const int MaxPage = 1_000;

    public bool IsEmpty => Text is null && Filters.Count == 0;

    public static (SearchParameters Parameters, Dictionary<string, string[]> Errors) Parse(
        string? q, IReadOnlyDictionary<string, string?> facets, string? forAudience, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var text = QueryParameters.Clean(q);
        if (text is { Length: > MaxTextLength })
        {
            errors["q"] = [$"The search text is longer than {MaxTextLength} characters."];
            text = null;
        }
        else if (text is not null && text.Any(char.IsControl))
        {
            errors["q"] = ["The search text contains control characters."];
            text = null;
        }

        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dimension, raw) in facets)
        {
            var value = dimension switch
            {
                SearchFacets.Country => QueryParameters.Country(raw, dimension, errors),
                SearchFacets.Year => QueryParameters.Year(raw, dimension, errors)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => QueryParameters.Key(raw, dimension, errors),
            };
            if (value is not null)
            {
                filters[dimension] = value;
            }
        }

        var parameters = new SearchParameters(
            text,
            filters,
            QueryParameters.Key(forAudience, "for", errors),
            QueryParameters.Number(page, "page", 1, MaxPage, errors) ?? 1,
            QueryParameters.Number(pageSize, "pageSize", 1, MaxPageSize, errors) ?? DefaultPageSize);
        return (parameters, errors);
    }

    public static (SearchParameters Parameters, Dictionary<string, string[]> Errors) Parse(IQueryCollection query) =>
        Parse(query["q"], SearchFacets.All.ToDictionary(d => d, d => (string?)query[d]), query["for"], query["page"], query["pageSize"]);

    public SearchRequest ToRequest(string language, Viewer viewer) => new(Text, Filters, ForAudience, language, viewer, Page, PageSize);

    /// <summary>The query values of this search, changed by <paramref name="change"/>, to build links that keep the rest.</summary>
    public Dictionary<string, string?> ToQuery(Action<Dictionary<string, string?>>? change = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["q"] = Text };
        foreach (var (dimension, value) in Filters)
        {
            values[dimension] = value;
        }

        values["for"] = ForAudience;
        values["pageSize"] = PageSize == DefaultPageSize ? null : PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        change?.Invoke(values);
        return values;
    }
}
