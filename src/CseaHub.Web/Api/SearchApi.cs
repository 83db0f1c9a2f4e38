using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages;
using CseaHub.Web.Pages.Search;
using CseaHub.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CseaHub.Web.Api;

public sealed record SearchResultDto(string Type, string Slug, string Title, string Url, string Snippet, float Score);

public sealed record FacetValueDto(string Value, string Label, int Count);

public sealed record SearchExpansionDto(string Term, string Matched, IReadOnlyList<string> AlsoSearched);

public sealed record SearchResponseDto(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchResultDto> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets,
    IReadOnlyList<SearchExpansionDto> ExpandedTerms,
    string? DidYouMean,
    bool Approximate);

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/search", SearchAsync).WithTags("Search").WithName("Search")
            .WithSummary("Search everything the caller may see, in English or French, with facet counts and glossary expansion.")
            .RequireRateLimiting(HubRateLimits.Search)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    private static async Task<Results<Ok<SearchResponseDto>, ValidationProblem>> SearchAsync(
        HttpContext context,
        SearchEngine engine,
        SearchVocabulary vocabulary,
        string? q,
        string? lang,
        string? type,
        string? kind,
        string? body,
        string? instrument,
        string? country,
        string? topic,
        string? audience,
        string? year,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        var facets = new Dictionary<string, string?>
        {
            [SearchFacets.Type] = type,
            [SearchFacets.Kind] = kind,
            [SearchFacets.Body] = body,
            [SearchFacets.Instrument] = instrument,
            [SearchFacets.Country] = country,
            [SearchFacets.Topic] = topic,
            [SearchFacets.Audience] = audience,
            [SearchFacets.Year] = year,
        };
        var (parameters, parseErrors) = SearchParameters.Parse(q, facets, context.Request.Query["for"], page, pageSize);
        var language = QueryParameters.Clean(lang) ?? "en";
        if (language is not ("en" or "fr"))
        {
            parseErrors["lang"] = ["Use lang=en or lang=fr."];
        }

        var viewer = context.CurrentViewer();
        var labels = await vocabulary.LabelsAsync(viewer, SearchVocabulary.BodiesIn(parameters), cancellationToken);
        var errors = SearchVocabulary.Validate(parameters, labels, parseErrors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search has invalid values.");
        }

        var outcome = await engine.SearchAsync(parameters.ToRequest(language, viewer), cancellationToken);
        labels = await vocabulary.LabelsAsync(viewer, SearchVocabulary.BodiesIn(parameters, outcome), cancellationToken);
        return TypedResults.Ok(new SearchResponseDto(
            outcome.Total,
            parameters.Page,
            parameters.PageSize,
            [.. outcome.Hits.Select(h => new SearchResultDto(h.Type, h.Key[(h.Key.IndexOf(':', StringComparison.Ordinal) + 1)..], h.Title.Text, h.Url, h.SnippetHtml, h.Score))],
            outcome.Facets.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<FacetValueDto>)[.. f.Value
                    .Select(v => (v.Value, v.Count, Label: labels.Label(f.Key, v.Value)))
                    .Where(v => v.Label is not null)
                    .Select(v => new FacetValueDto(v.Value, v.Label!.In(language).Text, v.Count))]),
            [.. outcome.Expansions.Select(e => new SearchExpansionDto(e.Preferred.In(language).Text, e.Matched, [.. e.OtherNames]))],
            outcome.DidYouMean,
            outcome.Approximate));
    }
}
