using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Countries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CseaHub.Web.Api;

public sealed record CountryListItemDto(string Code, LocalisedTextDto Name, DateOnly? CoeMemberSince, DateOnly? EuMemberSince, int InstrumentsRatified);

/// <summary>A country's standing with one instrument; <c>status</c> is null when the hub holds no row for it.</summary>
public sealed record CountryInstrumentDto(
    string Instrument, bool HasPartyData, PartyStatus? Status, DateOnly? Signature, DateOnly? Ratification, bool Accession, DateOnly? EntryIntoForce,
    string? Reservations);

public sealed record CountryDto(
    string Code,
    LocalisedTextDto Name,
    DateOnly? CoeMemberSince,
    DateOnly? EuMemberSince,
    IReadOnlyList<string> Sources,
    IReadOnlyList<CountryInstrumentDto> Instruments,
    IReadOnlyList<OrganisationRefDto> Organisations,
    IReadOnlyList<AuthorityDto> Authorities,
    IReadOnlyList<FindingRefDto> Findings,
    IReadOnlyList<string> Documents,
    int DocumentCount)
{
    /// <summary>All the organisations based or active here; <c>organisations</c> holds the first 50 by name (the directory, filtered by country, lists them all).</summary>
    public int OrganisationCount { get; init; }

    /// <summary>All the findings addressed to this country; <c>findings</c> holds the first 20 (each round, filtered by country, lists its own).</summary>
    public int FindingCount { get; init; }

    /// <summary>Every round that addressed findings to this country, with how many.</summary>
    public IReadOnlyList<RoundFindingsDto> FindingRounds { get; init; } = [];
}

public sealed record RoundFindingsDto(RoundRefDto Round, int Count);

public static class CountriesApi
{
    public static IEndpointRouteBuilder MapCountriesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/countries").WithTags("Countries");
        group.MapGet("/", ListAsync).WithName("ListCountries")
            .WithSummary("Every country the hub knows, with its Council of Europe and EU membership and instruments ratified.");
        group.MapGet("/{code}", GetAsync).WithName("GetCountry")
            .WithSummary("Where one country (ISO 3166-1 alpha-2) stands with every instrument: organisations, authorities, findings, "
                + "its newest documents and their count (all of them: /api/v1/documents?country=CODE).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<ListPage<CountryListItemDto>>, ValidationProblem>> ListAsync(
        HttpContext context, CountryProfiles profiles, string? page, string? pageSize, CancellationToken cancellationToken) =>
        await ApiPaging.ListAsync<CountryListItemDto>(context, page, pageSize, async () =>
            [.. (await profiles.ListAsync(context.CurrentViewer(), HubCulture.English, cancellationToken)).Select(c => new CountryListItemDto(
                c.Code, LocalisedTextDto.From(c.Name), c.CoeMemberSince, c.EuMemberSince, c.Ratified))]);

    private static async Task<Results<Ok<CountryDto>, ProblemHttpResult>> GetAsync(
        HttpContext context, CountryProfiles profiles, string code, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(code, context.CurrentViewer(), HubCulture.English, cancellationToken) is not { } country)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Country not found.",
                detail: "Use an ISO 3166-1 alpha-2 code the hub knows, e.g. FR.");
        }

        return TypedResults.Ok(new CountryDto(
            country.Code,
            LocalisedTextDto.From(country.Name),
            country.CoeMemberSince,
            country.EuMemberSince,
            country.Sources,
            [.. country.Instruments.Select(i => new CountryInstrumentDto(
                i.Slug, i.HasPartyData, i.Status, i.Signature, i.Ratification, i.Accession, i.EntryIntoForce, i.Reservations))],
            [.. country.Organisations.First.Select(OrganisationRefDto.From)],
            [.. country.Authorities.Select(AuthorityDto.From)],
            [.. country.Findings.First.Select(FindingRefDto.From)],
            [.. country.Documents.First.Select(d => d.Slug)],
            country.Documents.Total)
        {
            OrganisationCount = country.Organisations.Total,
            FindingCount = country.Findings.Total,
            FindingRounds = [.. country.FindingRounds.Select(r => new RoundFindingsDto(RoundRefDto.From(r.Round), r.Count))],
        });
    }
}
