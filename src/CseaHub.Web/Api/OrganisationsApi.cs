using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CseaHub.Web.Api;

public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/organisations").WithTags("Organisations");
        group.MapGet("/", ListAsync).WithName("ListOrganisations")
            .WithSummary("Organisations visible to the caller, filtered like the directory page, sorted by name, paged.");
        group.MapGet("/{slug}", GetAsync).WithName("GetOrganisation")
            .WithSummary("One organisation's profile with its facts, sections, bodies and sources.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<ListPage<OrganisationListItemDto>>, ValidationProblem>> ListAsync(
        HttpContext context,
        OrganisationDirectory directory,
        string? q,
        string? type,
        string? audience,
        string? topic,
        string? country,
        string? sort,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        var (filter, parseErrors) = DirectoryFilter.Parse(q, type, audience, topic, country, sort, page, pageSize);
        var errors = await directory.ValidateAsync(filter, parseErrors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query has invalid values.");
        }

        var result = await directory.SearchAsync(filter, context.CurrentViewer(), HubCulture.English, cancellationToken);
        return ApiPaging.Respond(context, new ListPage<OrganisationListItemDto>(
            result.Total, result.Page, result.PageSize, [.. result.Items.Select(OrganisationListItemDto.From)]));
    }

    private static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> GetAsync(
        HttpContext context, OrganisationProfiles profiles, string slug, CancellationToken cancellationToken) =>
        await profiles.FindAsync(slug, context.CurrentViewer(), HubCulture.English, cancellationToken) is { } profile
            ? TypedResults.Ok(OrganisationDto.From(profile))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Organisation not found.",
                detail: "No published organisation has this slug.");
}
