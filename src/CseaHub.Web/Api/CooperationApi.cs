using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Cooperation;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Api;

public sealed record MeasureDto(string Key, LocalisedTextDto Label, LocalisedTextDto Description, bool Emergency);

public sealed record RouteInstrumentDto(string Slug, string? Reference, LocalisedTextDto Title);

/// <summary>One reason a route is not (fully) open: a stable code, the state it concerns, a date and articles.</summary>
public sealed record RouteReasonDto(ReasonKind Code, string? State, DateOnly? Date, IReadOnlyList<string> Articles, string Text);

public sealed record RouteDto(
    string Slug,
    RouteInstrumentDto Instrument,
    IReadOnlyList<string> Articles,
    bool Available,
    Availability Availability,
    DateOnly? AvailableSince,
    DateOnly? AvailableFrom,
    string Reason,
    IReadOnlyList<RouteReasonDto> Reasons,
    RouteChannel Channel,
    string ChannelText,
    bool EmergencyOnly,
    LocalisedTextDto Summary,
    LocalisedTextDto Requirements,
    AuthorityDto? Authority,
    IReadOnlyList<AuthorityDto> Authorities,
    string? DesignationsList,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<SourceDto> Sources,
    DateOnly ReviewedOn);

public sealed record CooperationDto(
    string From, string To, string Measure, bool Emergency, DateOnly Date, DateOnly? DataReviewedOn, string Notice, IReadOnlyList<RouteDto> Routes);

public static class CooperationApi
{
    public static IEndpointRouteBuilder MapCooperationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cooperation").WithTags("Cooperation");
        group.MapGet("/", AnswerAsync).WithName("NavigateCooperation")
            .WithSummary("The legal routes for a measure between two states (ISO 3166-1 alpha-2) on a date (default today), best first, "
                + "each with whether it is available and why not; the same answer as /cooperation.");
        group.MapGet("/measures", MeasuresAsync).WithName("ListCooperationMeasures")
            .WithSummary("The measures the navigator knows, with the keys the measure parameter takes.");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<MeasureDto>>> MeasuresAsync(CooperationNavigator navigator, CancellationToken cancellationToken)
    {
        var measures = await navigator.MeasuresAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MeasureDto>>([.. measures.Select(m =>
            new MeasureDto(m.Key, LocalisedTextDto.From(m.Label), LocalisedTextDto.From(m.Description), m.Emergency))]);
    }

    private static async Task<Results<Ok<CooperationDto>, ValidationProblem>> AnswerAsync(
        HttpContext context,
        CooperationNavigator navigator,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        string? from,
        string? to,
        string? measure,
        string? emergency,
        string? date,
        CancellationToken cancellationToken)
    {
        var choices = await navigator.ChoicesAsync(HubCulture.English, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (query, errors) = NavigatorQuery.Parse(from, to, measure, emergency, date, choices, today, text);
        if (query is null)
        {
            return TypedResults.ValidationProblem(
                errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "The navigator cannot answer this request.");
        }

        var answer = await navigator.AnswerAsync(query, choices, context.CurrentViewer(), HubCulture.English, cancellationToken);
        var words = new RouteText(text, choices.States, HubCulture.English);
        return TypedResults.Ok(new CooperationDto(
            answer.From.Code, answer.To.Code, answer.Measure.Key, answer.Emergency, answer.Date, answer.DataReviewedOn,
            text["CooperationDisclaimer"], [.. answer.Routes.Select(r => ToDto(r, words, text))]));
    }

    private static RouteDto ToDto(RouteView route, RouteText words, IStringLocalizer<SharedResource> text)
    {
        var authorities = route.Authorities.Select(AuthorityDto.From).ToList();
        return new RouteDto(
            route.Slug,
            new RouteInstrumentDto(route.Instrument.Slug, route.Instrument.Reference, LocalisedTextDto.From(route.Instrument.ShortName)),
            [.. route.Articles.Select(a => a.Number)],
            route.Verdict.Availability == Availability.Available,
            route.Verdict.Availability,
            route.Verdict.AvailableSince,
            route.Verdict.AvailableFrom,
            words.Explanation(route.Verdict, route.Instrument),
            [.. route.Verdict.Reasons.Select(r => new RouteReasonDto(r.Kind, r.State, r.Date, r.Articles ?? [], words.Reason(r, route.Instrument)))],
            route.Channel,
            text["Channel." + route.Channel],
            route.Use == RouteUse.EmergencyOnly,
            LocalisedTextDto.From(route.Summary),
            LocalisedTextDto.From(route.Requirements),
            authorities.FirstOrDefault(),
            authorities,
            route.DesignationsList?.OriginalString,
            [.. route.Documents.Select(d => d.Slug)],
            [.. route.Organisations.Select(o => o.Slug)],
            [.. route.Sources.Select(SourceDto.From)],
            route.ReviewedOn);
    }
}
