using CseaHub.Web.Domain.Monitoring;

namespace CseaHub.Web.Pages.Monitoring;

/// <summary>
/// Filters on a round's findings, shared by its page and the API. A state filter keeps the findings addressed to that
/// state and the thematic ones addressed to every Party, since both apply to it.
/// </summary>
public sealed record FindingFilter(string? Country, FindingArea? Area)
{
    public bool HasFilters => Country is not null || Area is not null;

    public static (FindingFilter Filter, Dictionary<string, string[]> Errors) Parse(string? countryCode, string? areaKey)
    {
        var errors = new Dictionary<string, string[]>();
        var country = QueryParameters.Country(countryCode, "country", errors);
        FindingArea? area = null;
        if (QueryParameters.Key(areaKey, "area", errors) is { } key)
        {
            area = EnumKeys.FromKey<FindingArea>(key);
            if (area is null)
            {
                errors["area"] = [$"'{key}' is not an area: use prevention, protection, prosecution or cooperation."];
            }
        }

        return (new FindingFilter(country, area), errors);
    }
}
