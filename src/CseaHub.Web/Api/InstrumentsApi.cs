using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Instruments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CseaHub.Web.Api;

public static class InstrumentsApi
{
    public static IEndpointRouteBuilder MapInstrumentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/instruments").WithTags("Instruments");
        group.MapGet("/", ListAsync).WithName("ListInstruments")
            .WithSummary("The legal instruments visible to the caller, by kind and name, with the number of states bound.");
        group.MapGet("/{slug}", GetAsync).WithName("GetInstrument")
            .WithSummary("One instrument with its sourced dates, key articles, party rows and the counts computed from them.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<ListPage<InstrumentListItemDto>>, ValidationProblem>> ListAsync(
        HttpContext context, InstrumentProfiles profiles, string? page, string? pageSize, CancellationToken cancellationToken) =>
        await ApiPaging.ListAsync<InstrumentListItemDto>(context, page, pageSize, async () =>
            [.. (await profiles.ListAsync(context.CurrentViewer(), HubCulture.English, cancellationToken)).Select(InstrumentListItemDto.From)]);

    private static async Task<Results<Ok<InstrumentDto>, ProblemHttpResult>> GetAsync(
        HttpContext context, InstrumentProfiles profiles, string slug, CancellationToken cancellationToken) =>
        await profiles.FindAsync(slug, context.CurrentViewer(), HubCulture.English, cancellationToken) is { } instrument
            ? TypedResults.Ok(InstrumentDto.From(instrument))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Instrument not found.",
                detail: "No published instrument has this slug.");
}
