using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Domain.Editorial;

public sealed class EditorialWorkflowTests
{
    private static readonly EditorialActor Editor = new("editor", "editor@example.org", CanEdit: true, CanReview: false);
    private static readonly EditorialActor Reviewer = new("reviewer", "reviewer@example.org", CanEdit: true, CanReview: true);
    private static readonly EditorialActor Reader = new("reader", "reader@example.org", CanEdit: false, CanReview: false);

    private static ContentDraft InReview => new() { File = "organisations/x.json", State = DraftState.InReview, FirstRevision = 3 };

    private static ContentRevision Revision(string author, RevisionAction action) => new() { AuthorId = author, Action = action };

    [Fact]
    public void A_reviewer_publishes_a_draft_in_review_that_someone_else_wrote() =>
        Assert.Null(EditorialWorkflow.CanPublish(Reviewer, InReview, [Revision("editor", RevisionAction.Saved), Revision("editor", RevisionAction.Submitted)]));

    [Theory]
    [InlineData(RevisionAction.Saved)]
    [InlineData(RevisionAction.Restored)]
    public void Nobody_publishes_a_draft_they_changed(RevisionAction action) =>
        Assert.Equal(WorkflowRefusal.OwnChange, EditorialWorkflow.CanPublish(Reviewer, InReview, [Revision("editor", RevisionAction.Saved), Revision("reviewer", action)]));

    [Fact]
    public void Sending_for_review_or_back_is_not_a_change_to_the_content() =>
        Assert.Null(EditorialWorkflow.CanPublish(Reviewer, InReview, [Revision("editor", RevisionAction.Saved), Revision("reviewer", RevisionAction.SentBack), Revision("reviewer", RevisionAction.Submitted)]));

    [Fact]
    public void An_editor_cannot_publish() =>
        Assert.Equal(WorkflowRefusal.NotAllowed, EditorialWorkflow.CanPublish(Editor, InReview, []));

    [Fact]
    public void Only_a_draft_in_review_is_published() =>
        Assert.Equal(WorkflowRefusal.NotInReview, EditorialWorkflow.CanPublish(Reviewer, new ContentDraft { State = DraftState.Draft }, []));

    [Fact]
    public void Nothing_is_published_without_a_draft() =>
        Assert.Equal(WorkflowRefusal.NoDraft, EditorialWorkflow.CanPublish(Reviewer, null, []));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_draft_is_sent_back_with_a_comment_only(string? comment) =>
        Assert.Equal(WorkflowRefusal.CommentRequired, EditorialWorkflow.CanSendBack(Reviewer, InReview, comment));

    [Fact]
    public void Someone_without_an_editing_role_saves_submits_and_discards_nothing()
    {
        Assert.Equal(WorkflowRefusal.NotAllowed, EditorialWorkflow.CanSave(Reader));
        Assert.Equal(WorkflowRefusal.NotAllowed, EditorialWorkflow.CanSubmit(Reader, InReview));
        Assert.Equal(WorkflowRefusal.NotAllowed, EditorialWorkflow.CanDiscard(Reader, InReview));
        Assert.Equal(WorkflowRefusal.NotAllowed, EditorialWorkflow.CanArchive(Editor));
    }

    [Fact]
    public void A_draft_already_in_review_is_not_sent_again() =>
        Assert.Equal(WorkflowRefusal.AlreadyInReview, EditorialWorkflow.CanSubmit(Editor, InReview));

    [Fact]
    public void A_send_back_comment_is_a_short_readable_note()
    {
        Assert.Equal(WorkflowRefusal.CommentTooLong, EditorialWorkflow.CanSendBack(Reviewer, InReview, new string('x', 1001)));
        Assert.Equal(WorkflowRefusal.CommentUnreadable, EditorialWorkflow.CanSendBack(Reviewer, InReview, "Fix \u0000 this"));
        Assert.Null(EditorialWorkflow.CanSendBack(Reviewer, InReview, "Cite the page.\nThen send it again."));
    }
}
