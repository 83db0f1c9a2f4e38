using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Library;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CseaHub.Web.Api;

public static class LibraryApi
{
    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup("/api/v1/documents").WithTags("Library");
        documents.MapGet("/", ListDocumentsAsync).WithName("ListDocuments")
            .WithSummary("Documents visible to the caller, filtered like the library page, newest first, paged.");
        documents.MapGet("/{slug}", GetDocumentAsync).WithName("GetDocument")
            .WithSummary("One document with its date, link, instruments, articles, countries, round and sources.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }

    private static async Task<Results<Ok<ListPage<DocumentListItemDto>>, ValidationProblem>> ListDocumentsAsync(
        HttpContext context,
        LibraryCatalogue catalogue,
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
        var viewer = context.CurrentViewer();
        var (filter, parseErrors) = LibraryFilter.Parse(kind, body, instrument, country, topic, audience, year, page, pageSize);
        var errors = await catalogue.ValidateAsync(filter, parseErrors, viewer, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query has invalid values.");
        }

        var result = await catalogue.SearchAsync(filter, viewer, cancellationToken);
        return ApiPaging.Respond(context, new ListPage<DocumentListItemDto>(
            result.Total, result.Page, result.PageSize, [.. result.Items.Select(DocumentListItemDto.From)]));
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetDocumentAsync(
        HttpContext context, DocumentProfiles profiles, string slug, CancellationToken cancellationToken) =>
        await profiles.FindAsync(slug, context.CurrentViewer(), HubCulture.English, cancellationToken) is { } document
            ? TypedResults.Ok(DocumentDto.From(document))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Document not found.",
                detail: "No published document has this slug.");
}
