using System.Text.Json;
using System.Text.Json.Nodes;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>
/// Edits one dataset file (or creates one of a kind): the record form, the draft's state and the workflow's buttons,
/// what the draft changes against the published version, and a conflict shown side by side when someone saved first.
/// </summary>
// An instrument lists every party with a dozen fields each: far more than the default 1,024 form values.
[RequestFormLimits(ValueCountLimit = RecordForm.MaxValues)]
public sealed class EditModel(ContentEditor editor, IStringLocalizer<SharedResource> text) : PageModel
{
    public DatasetFileKind Kind { get; private set; } = null!;

    public EditorState? State { get; private set; }

    public EditorialActor Actor { get; private set; } = null!;

    public FormNode Form { get; private set; } = null!;

    public string Token { get; private set; } = string.Empty;

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<DatasetError> DatasetErrors { get; private set; } = [];

    /// <summary>What the draft changes in the published version.</summary>
    public IReadOnlyList<DiffLine> DraftChanges { get; private set; } = [];

    /// <summary>When someone saved first: what the form's content changes in theirs.</summary>
    public EditorialResult.Conflict? Conflict { get; private set; }

    public IReadOnlyList<DiffLine> ConflictChanges { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? file, string? kind, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(file, kind, cancellationToken))
        {
            return NotFound();
        }

        ShowForm(State?.CurrentJson is { } json ? JsonNode.Parse(json) : null, State?.Token ?? EmptyToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromQuery] string? file, [FromQuery] string? kind, string? token, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(file, kind, cancellationToken))
        {
            return NotFound();
        }

        var posted = RecordForm.Read(Kind.ContentType, Request.Form, State?.CurrentJson is { } json ? JsonNode.Parse(json) : null, Kind.HasStatus, FieldErrors);
        var content = FieldErrors.Count == 0 ? Deserialize(posted) : null;
        if (content is null)
        {
            return Redisplay(posted, token);
        }

        var result = await editor.SaveAsync(Actor, Kind, State?.File, content, token ?? string.Empty, cancellationToken: cancellationToken);
        return Outcome(result, posted, token, "EditorSaved");
    }

    public async Task<IActionResult> OnPostSubmitAsync([FromQuery] string? file, string? token, CancellationToken cancellationToken) =>
        await StepAsync(file, (actor, f) => editor.SubmitAsync(actor, f, token ?? string.Empty, cancellationToken), "EditorSubmitted", cancellationToken);

    public async Task<IActionResult> OnPostSendBackAsync([FromQuery] string? file, string? token, string? comment, CancellationToken cancellationToken) =>
        await StepAsync(file, (actor, f) => editor.SendBackAsync(actor, f, token ?? string.Empty, comment, cancellationToken), "EditorSentBack", cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync([FromQuery] string? file, string? token, CancellationToken cancellationToken) =>
        await StepAsync(file, (actor, f) => editor.PublishAsync(actor, f, token ?? string.Empty, cancellationToken), "EditorPublished", cancellationToken);

    public async Task<IActionResult> OnPostDiscardAsync([FromQuery] string? file, string? token, CancellationToken cancellationToken) =>
        await StepAsync(file, (actor, f) => editor.DiscardAsync(actor, f, token ?? string.Empty, cancellationToken), "EditorDiscarded", cancellationToken);

    public async Task<IActionResult> OnPostArchiveAsync([FromQuery] string? file, string? token, CancellationToken cancellationToken) =>
        await StepAsync(file, (actor, f) => editor.ArchiveAsync(actor, f, token ?? string.Empty, cancellationToken), "EditorArchived", cancellationToken);

    /// <summary>Whether an element of the form has this path, so an error can link to it.</summary>
    public bool HasField(string path) => (_paths ??= Paths(Form).ToHashSet(StringComparer.Ordinal)).Contains(path);

    private HashSet<string>? _paths;

    private const string EmptyToken = "new";

    private async Task<IActionResult> StepAsync(
        string? file, Func<EditorialActor, string, Task<EditorialResult>> step, string doneMessage, CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(file, null, cancellationToken) || State is null)
        {
            return NotFound();
        }

        var result = await step(Actor, State.File);
        var current = State.CurrentJson is { } json ? JsonNode.Parse(json) : null;
        return Outcome(result, current, State.Token, doneMessage);
    }

    private IActionResult Outcome(EditorialResult result, JsonNode? posted, string? token, string doneMessage)
    {
        switch (result)
        {
            case EditorialResult.Done done:
                Message = text[doneMessage];
                return RedirectToPage(new { file = done.File });
            case EditorialResult.Invalid invalid:
                DatasetErrors = invalid.Errors;
                return Redisplay(posted, token);
            case EditorialResult.Conflict conflict:
                Conflict = conflict;
                ConflictChanges = ContentDiff.Compare(conflict.CurrentJson, posted is null ? null : Kind.Serialize(Kind.Deserialize(posted.ToJsonString())));
                Response.StatusCode = StatusCodes.Status409Conflict;
                ShowForm(posted, conflict.Token);
                return Page();
            case EditorialResult.Refused refused:
                Message = text["Refusal." + refused.Reason];
                return State is null ? RedirectToPage("Index") : RedirectToPage(new { file = State.File });
            default:
                throw new InvalidOperationException("Unknown editorial result.");
        }
    }

    private PageResult Redisplay(JsonNode? posted, string? token)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ShowForm(posted, token ?? EmptyToken);
        return Page();
    }

    private void ShowForm(JsonNode? content, string token)
    {
        Form = RecordForm.Build(Kind.ContentType, content);
        Token = token;
        if (State is { Draft: { } draft, PublishedJson: var published })
        {
            DraftChanges = ContentDiff.Compare(published, draft.Json);
        }
    }

    private async Task<bool> ResolveAsync(string? file, string? kind, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            if (file.Length > 300 || (State = await editor.LoadAsync(file, cancellationToken)) is null)
            {
                return false;
            }

            Kind = State.Kind;
            // A list or the About page always has one file; a folder's file that exists nowhere is not found.
            if (!State.Exists && Kind.HasStatus)
            {
                return false;
            }
        }
        else if (kind is not null && DatasetFiles.Named(kind) is { HasStatus: true } named)
        {
            Kind = named;
        }
        else
        {
            return false;
        }

        Actor = EditorialActors.For(User, Kind);
        return true;
    }

    private object? Deserialize(JsonNode? posted)
    {
        try
        {
            return Kind.Deserialize(posted?.ToJsonString() ?? "null");
        }
        catch (JsonException exception)
        {
            var (path, message) = RecordForm.ErrorOf(exception);
            FieldErrors[path] = message;
            return null;
        }
    }

    private static IEnumerable<string> Paths(FormNode node) => node.Items.SelectMany(Paths).Prepend(node.Path);
}
