using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CseaHub.Web.Api;

/// <summary>
/// What each query and route parameter means, written once for the OpenAPI document: the endpoints take their values
/// as text (so a bad value gets a problem that names it rather than a bare 400), which leaves the meaning to say here.
/// </summary>
internal static class ApiParameters
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["page"] = "Page number, from 1 (default 1). The Link header names the first, previous, next and last pages.",
        ["pageSize"] = "Items per page: organisations and documents 1–100 (default 20); search 1–50 (default 10); other lists 1–1000 (default 100).",
        ["q"] = "Words to look for (search: Lucene syntax is read as plain words; quotes keep a phrase).",
        ["lang"] = "Language of the words and snippets: en or fr (default en).",
        ["type"] = "An organisation type key (see /api/v1/taxonomies/organisation-types); in search, a kind of item, as listed in the answer's type facet.",
        ["audience"] = "An audience key (see /api/v1/taxonomies/audiences).",
        ["topic"] = "A topic key (see /api/v1/taxonomies/topics).",
        ["country"] = "An ISO 3166-1 alpha-2 country code, e.g. RO.",
        ["sort"] = "Order of the directory: name (A to Z, default) or -name (Z to A).",
        ["kind"] = "A document kind key, as listed in the library's kind filter (search: the kind facet).",
        ["body"] = "The slug of the organisation or body that issued the document.",
        ["instrument"] = "An instrument slug, e.g. lanzarote-convention.",
        ["year"] = "A four-digit year of publication.",
        ["area"] = "A finding area: prevention, protection, prosecution or cooperation.",
        ["slug"] = "The item's stable slug, as in its page address.",
        ["code"] = "An ISO 3166-1 alpha-2 country code, in either case.",
        ["number"] = "The round's number within its instrument.",
        ["taxonomy"] = "organisation-types, audiences or topics.",
        ["from"] = "The requesting state (ISO 3166-1 alpha-2).",
        ["to"] = "The requested state, where the evidence is (ISO 3166-1 alpha-2).",
        ["measure"] = "The measure needed (see /api/v1/cooperation/measures).",
        ["emergency"] = "true when a child is in immediate danger: emergency routes come first.",
        ["date"] = "The date the answer holds for (yyyy-mm-dd, default today): treaties in force on that day.",
    };

    public static OpenApiOptions DescribeParameters(this OpenApiOptions options) =>
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                if (parameter.Name is { } name && Descriptions.TryGetValue(name, out var description))
                {
                    parameter.Description ??= description;
                }
            }

            return Task.CompletedTask;
        });
}
