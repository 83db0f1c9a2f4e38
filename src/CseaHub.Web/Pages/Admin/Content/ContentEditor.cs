using System.Text.Json;
using System.Text.Json.Nodes;
using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Exchange;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>
/// The back office's writes: drafts saved beside the published content, sent for review, sent back or published by
/// someone else, archived; every step a revision, publications and archiving in the audit log. A change is validated
/// against the whole hub before it is saved and again before it is published, so nothing published can break a
/// reference; publishing goes through the same importer as the bundled dataset, in one transaction with its revision.
/// </summary>
public sealed class ContentEditor(HubDbContext db, DatasetImporter importer, AuditLog audit, TimeProvider clock)
{
    public async Task<EditorState?> LoadAsync(string file, CancellationToken cancellationToken)
    {
        if (DatasetFiles.KindOf(file) is not { } kind)
        {
            return null;
        }

        var published = await kind.LoadAsync(db, file, cancellationToken);
        var draft = await db.ContentDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.File == file, cancellationToken);
        var revisions = db.ContentRevisions.AsNoTracking().Where(r => r.File == file).OrderByDescending(r => r.Number);
        var count = await revisions.CountAsync(cancellationToken);
        var latest = count == 0 ? null : await revisions.FirstAsync(cancellationToken);
        List<ContentRevision> ofDraft = draft is null ? [] : await revisions.Where(r => r.Number >= draft.FirstRevision).ToListAsync(cancellationToken);
        return new EditorState(kind, file, published is null ? null : kind.Serialize(published), draft, count, latest, ofDraft);
    }

    /// <summary>Every revision of the file, newest first, without their content (see <see cref="RevisionAsync"/>).</summary>
    public async Task<IReadOnlyList<RevisionEntry>> RevisionsAsync(string file, CancellationToken cancellationToken) =>
        await db.ContentRevisions.Where(r => r.File == file).OrderByDescending(r => r.Number)
            .Select(r => new RevisionEntry(r.Number, r.Action, r.Author, r.CreatedUtc, r.Comment)).ToListAsync(cancellationToken);

    /// <summary>The revision numbered <paramref name="number"/>, or (<paramref name="before"/>) the one before it.</summary>
    public async Task<ContentRevision?> RevisionAsync(string file, int number, bool before = false, CancellationToken cancellationToken = default)
    {
        var ofFile = db.ContentRevisions.AsNoTracking().Where(r => r.File == file);
        var wanted = before ? ofFile.Where(r => r.Number < number) : ofFile.Where(r => r.Number == number);
        return await wanted.OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="content"/> as the file's draft. <paramref name="file"/> is null for a new item: its file
    /// comes from the content's slug and must not exist yet.
    /// </summary>
    public async Task<EditorialResult> SaveAsync(
        EditorialActor actor, DatasetFileKind kind, string? file, object content, string token, RevisionAction action = RevisionAction.Saved,
        string? comment = null, CancellationToken cancellationToken = default)
    {
        if (EditorialWorkflow.CanSave(actor) is { } refusal)
        {
            return new EditorialResult.Refused(refusal);
        }

        var target = kind.FileFor(content);
        if (target is null || (file is not null && target != file))
        {
            return Invalid(file ?? kind.Name, "slug", file is null ? (FormattableString)$"A new item needs a slug." : $"The slug names the file and cannot change here: create a new item and archive this one.");
        }

        var state = (await LoadAsync(target, cancellationToken))!;
        if (file is null && state.Exists)
        {
            return Invalid(target, "slug", $"An item with this slug exists already ({target}).");
        }

        // A new item has no earlier version to be based on: a slug taken in between is caught above or by the unique draft.
        if (file is not null && state.Token != token)
        {
            return ConflictWith(state);
        }

        var json = kind.Serialize(content);
        if (state.CurrentJson == json)
        {
            return new EditorialResult.Done(target);
        }

        if (await ValidateAsync(kind, target, content, cancellationToken) is { Count: > 0 } errors)
        {
            return new EditorialResult.Invalid(errors);
        }

        return await CommitAsync(state, async () =>
        {
            var draft = state.Draft is null ? null : await TrackedDraftAsync(state, cancellationToken);
            var number = NextNumber(state);
            if (draft is null)
            {
                draft = new ContentDraft { File = target, FirstRevision = number };
                db.ContentDrafts.Add(draft);
            }

            draft.Json = json;
            draft.State = DraftState.Draft;
            draft.ReviewComment = null;
            Touch(draft, actor);
            AddRevision(target, number, action, json, actor, comment);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<EditorialResult> SubmitAsync(EditorialActor actor, string file, string token, CancellationToken cancellationToken) =>
        await StepAsync(file, token, state => EditorialWorkflow.CanSubmit(actor, state.Draft), async state =>
        {
            var draft = await TrackedDraftAsync(state, cancellationToken);
            draft.State = DraftState.InReview;
            Touch(draft, actor);
            AddRevision(file, NextNumber(state), RevisionAction.Submitted, draft.Json, actor, null);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public async Task<EditorialResult> SendBackAsync(
        EditorialActor actor, string file, string token, string? comment, CancellationToken cancellationToken) =>
        await StepAsync(file, token, state => EditorialWorkflow.CanSendBack(actor, state.Draft, comment), async state =>
        {
            var draft = await TrackedDraftAsync(state, cancellationToken);
            draft.State = DraftState.Draft;
            draft.ReviewComment = comment!.Trim();
            Touch(draft, actor);
            AddRevision(file, NextNumber(state), RevisionAction.SentBack, draft.Json, actor, draft.ReviewComment);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public async Task<EditorialResult> DiscardAsync(EditorialActor actor, string file, string token, CancellationToken cancellationToken) =>
        await StepAsync(file, token, state => EditorialWorkflow.CanDiscard(actor, state.Draft), async state =>
        {
            var draft = await TrackedDraftAsync(state, cancellationToken);
            db.ContentDrafts.Remove(draft);
            AddRevision(file, NextNumber(state), RevisionAction.Discarded, draft.Json, actor, null);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditEventKind.DraftDiscarded, file, actor.Email, cancellationToken: cancellationToken);
        }, cancellationToken);

    /// <summary>Publishes the draft in review: validated again against the dataset as it is now, then imported.</summary>
    public async Task<EditorialResult> PublishAsync(EditorialActor actor, string file, string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(file, cancellationToken) is not { } state)
        {
            return new EditorialResult.Refused(WorkflowRefusal.NoDraft);
        }

        if (EditorialWorkflow.CanPublish(actor, state.Draft, state.DraftRevisions) is { } refusal)
        {
            return new EditorialResult.Refused(refusal);
        }

        return WithStatus(state.Kind, state.Draft!.Json, ContentStatus.Published) is { } content
            ? await WriteThroughAsync(state, token, content, RevisionAction.Published, AuditEventKind.Published, actor, cancellationToken)
            : Unreadable(state.File);
    }

    /// <summary>Takes published content off the public site; it stays in the database and its history, and can be published again.</summary>
    public async Task<EditorialResult> ArchiveAsync(EditorialActor actor, string file, string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(file, cancellationToken) is not { PublishedJson: { } published } state || !state.Kind.HasStatus)
        {
            return new EditorialResult.Refused(WorkflowRefusal.NoDraft);
        }

        if (EditorialWorkflow.CanArchive(actor) is { } refusal)
        {
            return new EditorialResult.Refused(refusal);
        }

        return WithStatus(state.Kind, published, ContentStatus.Archived) is { } content
            ? await WriteThroughAsync(state, token, content, RevisionAction.Archived, AuditEventKind.Archived, actor, cancellationToken)
            : Unreadable(state.File);
    }

    private async Task<EditorialResult> WriteThroughAsync(
        EditorState state, string token, object content, RevisionAction action, AuditEventKind auditKind, EditorialActor actor,
        CancellationToken cancellationToken)
    {
        if (state.Token != token)
        {
            return ConflictWith(state);
        }

        if (await ValidateAsync(state.Kind, state.File, content, cancellationToken) is { Count: > 0 } errors)
        {
            return new EditorialResult.Invalid(errors);
        }

        var only = new Dataset();
        state.Kind.Put(only, state.File, content);
        return await CommitAsync(state, async () =>
        {
            await importer.WriteAsync(only, cancellationToken);
            await state.Kind.RemoveUnlistedAsync(db, content, cancellationToken);
            if (action == RevisionAction.Published)
            {
                db.ContentDrafts.Remove(await TrackedDraftAsync(state, cancellationToken));
            }

            AddRevision(state.File, NextNumber(state), action, state.Kind.Serialize(content), actor, null);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(auditKind, state.File, actor.Email, cancellationToken: cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The errors this file's content would add to the hub (see <see cref="ImportValidation.ErrorsOfEditAsync"/>).</summary>
    public async Task<IReadOnlyList<DatasetError>> ValidateAsync(
        DatasetFileKind kind, string file, object content, CancellationToken cancellationToken) =>
        await new ImportValidation(db, clock).ErrorsOfEditAsync(new ImportedFile(file, kind, content, file), cancellationToken);

    private async Task<EditorialResult> StepAsync(
        string file, string token, Func<EditorState, WorkflowRefusal?> rule, Func<EditorState, Task> step, CancellationToken cancellationToken)
    {
        if (await LoadAsync(file, cancellationToken) is not { } state)
        {
            return new EditorialResult.Refused(WorkflowRefusal.NoDraft);
        }

        if (rule(state) is { } refusal)
        {
            return new EditorialResult.Refused(refusal);
        }

        return state.Token != token ? ConflictWith(state) : await CommitAsync(state, () => step(state), cancellationToken);
    }

    /// <summary>
    /// Runs a step in one transaction. Another save that landed in between (the draft's version, a revision number or
    /// a second draft for the file) makes it fail as a whole: the editor is shown a conflict, nothing is half-written.
    /// </summary>
    private async Task<EditorialResult> CommitAsync(EditorState state, Func<Task> step, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await step();
            await transaction.CommitAsync(cancellationToken);
            return new EditorialResult.Done(state.File);
        }
        catch (DbUpdateException)
        {
            if (await ChangedSinceAsync(state, cancellationToken) is { } current)
            {
                return ConflictWith(current);
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The file as it is now if someone changed it since <paramref name="state"/>; any other failure is not a conflict.</summary>
    private async Task<EditorState?> ChangedSinceAsync(EditorState state, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = (await LoadAsync(state.File, cancellationToken))!;
        return current.Token != state.Token || current.LatestRevision?.Number != state.LatestRevision?.Number ? current : null;
    }

    private async Task<ContentDraft> TrackedDraftAsync(EditorState state, CancellationToken cancellationToken)
    {
        var draft = await db.ContentDrafts.SingleAsync(d => d.Id == state.Draft!.Id, cancellationToken);
        // The version the step was checked against: a save in between fails the update instead of being overwritten.
        db.Entry(draft).Property(d => d.Version).OriginalValue = state.Draft!.Version;
        return draft;
    }

    private void Touch(ContentDraft draft, EditorialActor actor)
    {
        draft.Version++;
        draft.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        draft.UpdatedBy = actor.Email;
    }

    private static int NextNumber(EditorState state) => (state.LatestRevision?.Number ?? 0) + 1;

    private void AddRevision(string file, int number, RevisionAction action, string json, EditorialActor actor, string? comment) =>
        db.ContentRevisions.Add(new ContentRevision
        {
            File = file,
            Number = number,
            Action = action,
            Json = json,
            AuthorId = actor.Id,
            Author = actor.Email,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Comment = comment,
        });

    private static EditorialResult.Conflict ConflictWith(EditorState state)
    {
        return new(state.CurrentJson ?? string.Empty, state.Token, state.LatestRevision?.Author, state.LatestRevision?.CreatedUtc);
    }

    private static EditorialResult.Invalid Invalid(string file, string field, FormattableString message) =>
        new([DatasetError.Of(file, $"(item)", field, message)]);

    /// <summary>
    /// The content with the status the workflow gives it (the form never sets one); null when a stored draft no longer
    /// fits the file's format (saved before a field was renamed): it must be saved again through the form.
    /// </summary>
    private static object? WithStatus(DatasetFileKind kind, string json, ContentStatus status)
    {
        try
        {
            if (!kind.HasStatus)
            {
                return kind.Deserialize(json);
            }

            var node = JsonNode.Parse(json)!.AsObject();
            node["status"] = JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
            return kind.Deserialize(node.ToJsonString());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static EditorialResult.Invalid Unreadable(string file) =>
        Invalid(file, string.Empty, $"This version no longer fits the file's format: open it in the form and save it again.");
}
