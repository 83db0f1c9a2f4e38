using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>A file's history: every revision with who, when and what, a revision's changes, and restoring one as a new draft.</summary>
public sealed class HistoryModel(ContentEditor editor, IStringLocalizer<SharedResource> text) : PageModel
{
    public EditorState State { get; private set; } = null!;

    public IReadOnlyList<RevisionEntry> Revisions { get; private set; } = [];

    public ContentRevision? Selected { get; private set; }

    /// <summary>What the selected revision changed in the one before it.</summary>
    public IReadOnlyList<DiffLine> Changes { get; private set; } = [];

    public bool CanRestore { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? file, int? revision, CancellationToken cancellationToken)
    {
        if (file is null || file.Length > 300 || await editor.LoadAsync(file, cancellationToken) is not { } state
            || (!state.Exists && state.RevisionCount == 0))
        {
            return NotFound();
        }

        State = state;
        Revisions = await editor.RevisionsAsync(file, cancellationToken);
        CanRestore = EditorialActors.For(User, state.Kind).CanEdit;
        if (revision is { } number)
        {
            Selected = await editor.RevisionAsync(file, number, cancellationToken: cancellationToken);
            if (Selected is null)
            {
                return NotFound();
            }

            var before = await editor.RevisionAsync(file, number, before: true, cancellationToken);
            Changes = ContentDiff.Compare(before?.Json, Selected.Json);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string? file, int revision, string? token, CancellationToken cancellationToken)
    {
        if (file is null || file.Length > 300 || await editor.LoadAsync(file, cancellationToken) is not { } state
            || await editor.RevisionAsync(file, revision, cancellationToken: cancellationToken) is not { } restored)
        {
            return NotFound();
        }

        object content;
        try
        {
            content = state.Kind.Deserialize(restored.Json);
        }
        catch (System.Text.Json.JsonException exception)
        {
            Message = text["EditorRestoreInvalid", exception.Message.Split(" Path: ")[0]];
            return RedirectToPage(new { file = state.File, revision });
        }

        var result = await editor.SaveAsync(
            EditorialActors.For(User, state.Kind), state.Kind, state.File, content, token ?? string.Empty,
            RevisionAction.Restored, text["EditorRestoredComment", revision], cancellationToken);
        Message = (result switch
        {
            EditorialResult.Done => text["EditorRestored", revision],
            EditorialResult.Conflict => text["EditorRestoreConflict"],
            EditorialResult.Invalid invalid => text["EditorRestoreInvalid", string.Join("; ", invalid.Errors.Select(e => e.ToString()))],
            EditorialResult.Refused refused => text["Refusal." + refused.Reason],
            _ => throw new InvalidOperationException("Unknown editorial result."),
        }).Value;
        return result is EditorialResult.Done
            ? RedirectToPage("Edit", new { file = state.File })
            : RedirectToPage(new { file = state.File, revision });
    }
}
