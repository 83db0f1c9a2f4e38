using System.Text.Json;
using System.Text.Json.Nodes;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Admin.Content;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CseaHub.Web.Api;

public sealed record ContentStateDto(string File, string Kind, string Token, string State, JsonNode? Published, JsonNode? Draft, string? ReviewComment);

/// <summary>
/// Writing content through the API, for staff's programs (a partner's sync, a migration script): the same files,
/// validation, workflow and four-eyes rule as the back office. Authenticated by an API token only
/// (<c>Authorization: Bearer chub_…</c>, made at /account/api-tokens), never by a cookie, and closed to other sites
/// (no CORS). Each file's version travels as its ETag; a write must send it back in <c>If-Match</c>, so nobody
/// overwrites a change they have not seen.
/// </summary>
public static class ContentApi
{
    public const string Path = "/api/v1/content";

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Content (write)").RequireAuthorization(HubIdentity.ContentApiPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", GetAsync).WithName("GetContent")
            .WithSummary("A dataset file as the back office sees it: published content, draft, workflow state, and its version (ETag).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/", SaveAsync).WithName("SaveContent")
            .WithSummary("Saves a file's content (the dataset's JSON record) as a draft, validated against the whole dataset. " +
                "Send the file's ETag in If-Match (none for a new file).")
            .Accepts<JsonObject>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/submit", SubmitAsync).WithName("SubmitContent")
            .WithSummary("Sends the file's draft for review (If-Match: the draft's ETag).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/publish", PublishAsync).WithName("PublishContent")
            .WithSummary("Publishes the file's draft in review; reviewers only, and not one who wrote any of it (If-Match: the draft's ETag).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return routes;
    }

    private static async Task<Results<Ok<ContentStateDto>, ProblemHttpResult>> GetAsync(
        HttpContext context, ContentEditor editor, string? file, CancellationToken cancellationToken) =>
        await editor.LoadAsync(file ?? string.Empty, cancellationToken) is { Exists: true } state ? Answer(context, state) : NotFound(file);

    private static async Task<Results<Ok<ContentStateDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        HttpContext context, ContentEditor editor, string? file, CancellationToken cancellationToken)
    {
        if (file is null || await editor.LoadAsync(file, cancellationToken) is not { } state)
        {
            return NotFound(file);
        }

        var token = IfMatch(context);
        if (state.Exists && token is null)
        {
            return PreconditionRequired();
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [exception.Message.Split(" Path: ")[0]] }, title: "The body is not JSON.");
        }

        var (content, error) = ContentOf(state, body);
        if (error is { } problem)
        {
            return Unfit(problem.Path, problem.Message);
        }

        if (state.Kind.FileFor(content!) is var target && target != file)
        {
            return Unfit("slug", $"The slug names the file: this content belongs in {target ?? "a file of its own"}, not {file}.");
        }

        var actor = EditorialActors.For(context.User, state.Kind);
        var result = await editor.SaveAsync(actor, state.Kind, state.Exists ? file : null, content!, token ?? string.Empty, cancellationToken: cancellationToken);
        return await AnswerAsync(context, editor, file, result, cancellationToken);
    }

    private static async Task<Results<Ok<ContentStateDto>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext context, ContentEditor editor, string? file, CancellationToken cancellationToken) =>
        await StepAsync(context, editor, file ?? string.Empty, (actor, token) => editor.SubmitAsync(actor, file ?? string.Empty, token, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<ContentStateDto>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        HttpContext context, ContentEditor editor, string? file, CancellationToken cancellationToken) =>
        await StepAsync(context, editor, file ?? string.Empty, (actor, token) => editor.PublishAsync(actor, file ?? string.Empty, token, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<ContentStateDto>, ValidationProblem, ProblemHttpResult>> StepAsync(
        HttpContext context, ContentEditor editor, string file, Func<EditorialActor, string, Task<EditorialResult>> step, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(file, cancellationToken) is not { Exists: true } state)
        {
            return NotFound(file);
        }

        if (IfMatch(context) is not { } token)
        {
            return PreconditionRequired();
        }

        var result = await step(EditorialActors.For(context.User, state.Kind), token);
        return await AnswerAsync(context, editor, file, result, cancellationToken);
    }

    private static async Task<Results<Ok<ContentStateDto>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        HttpContext context, ContentEditor editor, string file, EditorialResult result, CancellationToken cancellationToken) => result switch
        {
            EditorialResult.Done => Answer(context, (await editor.LoadAsync(file, cancellationToken))!),
            EditorialResult.Invalid invalid => TypedResults.ValidationProblem(
                invalid.Errors.GroupBy(e => e.File == file ? e.Field : $"{e.File}: {e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The content has errors; nothing was saved."),
            EditorialResult.Conflict conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "Someone changed the file since your version.",
                detail: $"Saved by {conflict.By ?? "someone"} at {conflict.AtUtc:u}. GET the file again, merge, and send its new ETag.",
                extensions: new Dictionary<string, object?> { ["currentETag"] = Quoted(conflict.Token) }),
            EditorialResult.Refused refused => TypedResults.Problem(
                statusCode: refused.Reason == WorkflowRefusal.NotAllowed ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict,
                title: "The workflow does not allow this step.",
                detail: refused.Reason.ToString()),
            _ => throw new InvalidOperationException($"Unknown editorial result {result}."),
        };

    private static Ok<ContentStateDto> Answer(HttpContext context, EditorState state)
    {
        context.Response.Headers.ETag = Quoted(state.Token);
        var draftState = state.Draft?.State switch
        {
            DraftState.InReview => "inReview",
            DraftState.Draft => "draft",
            _ => "published",
        };
        return TypedResults.Ok(new ContentStateDto(
            state.File, state.Kind.Name, state.Token, draftState,
            state.PublishedJson is { } published ? JsonNode.Parse(published) : null,
            state.Draft is { } draft ? JsonNode.Parse(draft.Json) : null,
            state.Draft?.ReviewComment));
    }

    /// <summary>The body as the file's content, with the status the workflow gives it (a client never sets it).</summary>
    private static (object? Value, (string Path, string Message)? Error) ContentOf(EditorState state, JsonNode? body)
    {
        if (body is null)
        {
            return (null, ("$", "Send the file's content."));
        }

        try
        {
            if (state.Kind.HasStatus && body is JsonObject record)
            {
                RecordForm.KeepStatus(record, state.CurrentJson is { } json ? JsonNode.Parse(json) : null);
            }

            return (state.Kind.Deserialize(body.ToJsonString()), null);
        }
        catch (JsonException exception)
        {
            return (null, RecordForm.ErrorOf(exception));
        }
    }

    private static ValidationProblem Unfit(string path, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [path] = [message] }, title: "The content does not fit the file's format.");

    private static string? IfMatch(HttpContext context) =>
        EntityTagHeaderValue.TryParseList(context.Request.Headers.IfMatch, out var tags) && tags.Count == 1 ? tags[0].Tag.ToString().Trim('"') : null;

    private static string Quoted(string token) => $"\"{token}\"";

    private static ProblemHttpResult NotFound(string? file) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such file.",
        detail: $"'{Pages.QueryParameters.Truncate(file ?? string.Empty)}' is not a dataset file the hub holds (organisations/SLUG.json, taxonomies/topics.json, …).");

    private static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
        detail: "Send the ETag of the version you changed (GET the file first), so no one else's change is overwritten.");
}
