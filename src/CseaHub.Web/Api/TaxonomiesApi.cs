using CseaHub.Web.Data;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Api;

public sealed record TaxonomyDto(string Key, string Url, int Terms);

/// <summary>
/// The three vocabularies the hub's filters use. Their keys are the values the list endpoints accept
/// (<c>type</c>, <c>audience</c>, <c>topic</c>); the labels are the words the pages show, in both languages.
/// </summary>
public static class TaxonomiesApi
{
    private static readonly string[] Keys = ["organisation-types", "audiences", "topics"];

    public static IEndpointRouteBuilder MapTaxonomiesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/taxonomies").WithTags("Taxonomies");
        group.MapGet("/", ListAsync).WithName("ListTaxonomies")
            .WithSummary("The vocabularies behind the filters: organisation types, audiences and topics, with their number of terms.");
        group.MapGet($"/{{taxonomy:regex(^({string.Join('|', Keys)})$)}}", GetAsync).WithName("GetTaxonomy")
            .WithSummary("One vocabulary's terms (key and EN/FR label) in the order the pages show them, paged.");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<TaxonomyDto>>> ListAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var taxonomies = new List<TaxonomyDto>();
        foreach (var key in Keys)
        {
            taxonomies.Add(new TaxonomyDto(key, $"/api/v1/taxonomies/{key}", await TermsOf(db, key).CountAsync(cancellationToken)));
        }

        return TypedResults.Ok<IReadOnlyList<TaxonomyDto>>(taxonomies);
    }

    private static async Task<Results<Ok<ListPage<TermDto>>, ValidationProblem>> GetAsync(
        HttpContext context, HubDbContext db, string taxonomy, string? page, string? pageSize, CancellationToken cancellationToken) =>
        await ApiPaging.ListAsync<TermDto>(context, page, pageSize, async () =>
            [.. (await TermsOf(db, taxonomy).AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Key).ToListAsync(cancellationToken))
                .Select(t => new TermDto(t.Key, LocalisedTextDto.From(t.Label)))]);

    // The route admits only these keys; anything else is a 404 before the handler runs.
    private static IQueryable<Term> TermsOf(HubDbContext db, string taxonomy) => taxonomy switch
    {
        "organisation-types" => db.OrganisationTypes,
        "audiences" => db.Audiences,
        "topics" => db.Topics,
        _ => throw new ArgumentOutOfRangeException(nameof(taxonomy), taxonomy, "Not a taxonomy the hub has."),
    };
}
