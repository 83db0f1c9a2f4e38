using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CseaHub.Web.Api;

public static class MonitoringApi
{
    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder routes)
    {
        var monitoring = routes.MapGroup("/api/v1/monitoring").WithTags("Monitoring");
        monitoring.MapGet("/", ListRoundsAsync).WithName("ListMonitoringRounds")
            .WithSummary("Every monitoring round visible to the caller, by instrument.");
        monitoring.MapGet("/{instrument}/{number:int}", GetRoundAsync).WithName("GetMonitoringRound")
            .WithSummary("One round with its findings, filtered by state (with the thematic findings) and area.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<ListPage<RoundRefDto>>, ValidationProblem>> ListRoundsAsync(
        HttpContext context, MonitoringRounds rounds, string? page, string? pageSize, CancellationToken cancellationToken) =>
        await ApiPaging.ListAsync<RoundRefDto>(context, page, pageSize, async () =>
            [.. (await rounds.ListAsync(context.CurrentViewer(), HubCulture.English, cancellationToken))
                .Select(r => new RoundRefDto(r.InstrumentSlug, r.Number, LocalisedTextDto.From(r.Theme)))]);

    private static async Task<Results<Ok<RoundDto>, ValidationProblem, ProblemHttpResult>> GetRoundAsync(
        HttpContext context,
        MonitoringRounds rounds,
        string instrument,
        int number,
        string? country,
        string? area,
        CancellationToken cancellationToken)
    {
        var (filter, parseErrors) = FindingFilter.Parse(country, area);
        var errors = await rounds.ValidateAsync(filter, parseErrors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query has invalid values.");
        }

        return await rounds.FindAsync(instrument, number, filter, context.CurrentViewer(), HubCulture.English, cancellationToken) is { } round
            ? TypedResults.Ok(RoundDto.From(round))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Monitoring round not found.",
                detail: "No published round of this instrument has this number.");
    }
}
