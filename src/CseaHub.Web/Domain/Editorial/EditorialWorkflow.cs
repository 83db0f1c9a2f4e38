namespace CseaHub.Web.Domain.Editorial;

/// <summary>Who is acting in the back office, and what their roles let them do.</summary>
public sealed record EditorialActor(string Id, string Email, bool CanEdit, bool CanReview);

/// <summary>Why a workflow step was refused.</summary>
public enum WorkflowRefusal
{
    NotAllowed,
    NoDraft,
    NotInReview,
    OwnChange,
    CommentRequired,
    CommentTooLong,
    CommentUnreadable,
    AlreadyInReview,
}

/// <summary>
/// The rules of the review workflow (draft → in review → published, archived), free of storage: who may take which
/// step from which state. Four eyes: nobody publishes a draft they changed.
/// </summary>
public static class EditorialWorkflow
{
    public static WorkflowRefusal? CanSave(EditorialActor actor) => actor.CanEdit ? null : WorkflowRefusal.NotAllowed;

    public static WorkflowRefusal? CanSubmit(EditorialActor actor, ContentDraft? draft) =>
        CanDiscard(actor, draft) ?? (draft!.State == DraftState.InReview ? WorkflowRefusal.AlreadyInReview : null);

    public static WorkflowRefusal? CanSendBack(EditorialActor actor, ContentDraft? draft, string? comment) =>
        !actor.CanReview ? WorkflowRefusal.NotAllowed
        : draft is null ? WorkflowRefusal.NoDraft
        : draft.State != DraftState.InReview ? WorkflowRefusal.NotInReview
        : string.IsNullOrWhiteSpace(comment) ? WorkflowRefusal.CommentRequired
        : comment.Trim().Length > MaxCommentLength ? WorkflowRefusal.CommentTooLong
        : comment.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? WorkflowRefusal.CommentUnreadable
        : null;

    /// <summary>A reviewer's comment is a short note; the revision keeps it.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Only a reviewer publishes, only a draft in review, and never one whose revisions (since the draft began) they wrote.</summary>
    public static WorkflowRefusal? CanPublish(EditorialActor actor, ContentDraft? draft, IEnumerable<ContentRevision> draftRevisions) =>
        !actor.CanReview ? WorkflowRefusal.NotAllowed
        : draft is null ? WorkflowRefusal.NoDraft
        : draft.State != DraftState.InReview ? WorkflowRefusal.NotInReview
        : draftRevisions.Any(r => r.ChangesContent && r.AuthorId == actor.Id) ? WorkflowRefusal.OwnChange
        : null;

    public static WorkflowRefusal? CanDiscard(EditorialActor actor, ContentDraft? draft) =>
        !actor.CanEdit ? WorkflowRefusal.NotAllowed
        : draft is null ? WorkflowRefusal.NoDraft
        : null;

    public static WorkflowRefusal? CanArchive(EditorialActor actor) => actor.CanReview ? null : WorkflowRefusal.NotAllowed;
}
