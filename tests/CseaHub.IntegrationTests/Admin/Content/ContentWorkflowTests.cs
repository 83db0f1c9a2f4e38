using System.Net;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>
/// The review workflow end to end through the back office's own forms: draft, review, publication by someone else,
/// the published version live while the next one is written. Each test works on organisations of its own.
/// </summary>
public sealed class ContentWorkflowTests(HubAppFactory hub)
{
    // Each keeps its cookies (anti-forgery, the message after a redirect) like a browser.
    private readonly EditorClient _editor = new(hub.CreateClientAs(HubRoles.Editor, "editor-1"));

    private readonly EditorClient _reviewer = new(hub.CreateClientAs(HubRoles.Reviewer, "reviewer-1"));

    [Fact]
    public async Task A_new_organisation_goes_live_only_when_a_reviewer_publishes_it()
    {
        var slug = TestData.UniqueKey("org");
        var file = $"organisations/{slug}.json";

        var saved = await _editor.SaveAsync(EditorClient.NewUrl("organisation"), fields => NewOrganisation.Fill(fields, slug, "Unit for online safety"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith(EditorClient.EditUrl(file), EditorClient.Redirected(saved), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync($"/organisations/{slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await _editor.StepAsync(file, "Submit")).StatusCode);
        var editorPage = await _editor.OpenAsync(EditorClient.EditUrl(file));
        Assert.Null(editorPage.QuerySelector("form[action*='handler=Publish']"));
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync($"/organisations/{slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await _reviewer.StepAsync(file, "Publish")).StatusCode);

        var profile = await (await hub.CreateClient().GetAsync($"/organisations/{slug}")).ReadDocumentAsync();
        Assert.Equal("Unit for online safety", profile.QuerySelector("h1")!.TextContent.Trim());
        var history = await hub.WithDatabaseAsync(db => db.ContentRevisions.Where(r => r.File == file).OrderBy(r => r.Number)
            .Select(r => new { r.Action, r.Author }).ToListAsync());
        Assert.Equal(
            [(RevisionAction.Saved, "editor-1"), (RevisionAction.Submitted, "editor-1"), (RevisionAction.Published, "reviewer-1")],
            history.Select(r => (r.Action, r.Author)));
        Assert.True(await hub.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Kind == AuditEventKind.Published && e.Subject == file && e.Actor == "reviewer-1")));
        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == file)));
    }

    [Fact]
    public async Task An_editor_cannot_publish_even_by_posting_the_form()
    {
        var file = await NewOrganisation.InReviewAsync(_editor);

        var response = await _editor.Http.PostAsync(
            $"/admin/content/edit?handler=Publish&file={Uri.EscapeDataString(file)}",
            new FormUrlEncodedContent(await TokenFieldsAsync(_editor, file)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your roles do not allow this step", (await _editor.OpenAsync(EditorClient.Redirected(response))).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DraftState.InReview, await hub.WithDatabaseAsync(db => db.ContentDrafts.Where(d => d.File == file).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task A_reviewer_cannot_publish_a_draft_they_changed()
    {
        var author = new EditorClient(hub.CreateClientAs(HubRoles.Reviewer, "reviewer-author"));
        var file = await NewOrganisation.InReviewAsync(author);

        var own = await author.StepAsync(file, "Publish");

        Assert.Contains("another reviewer must publish it", (await author.OpenAsync(EditorClient.Redirected(own))).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == file)));
        Assert.Equal(HttpStatusCode.Redirect, (await _reviewer.StepAsync(file, "Publish")).StatusCode);
        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == file)));
    }

    [Fact]
    public async Task A_reviewer_who_wrote_an_earlier_draft_may_publish_the_next_one_written_by_someone_else()
    {
        var earlierAuthor = new EditorClient(hub.CreateClientAs(HubRoles.Reviewer, "reviewer-earlier-author"));
        var file = await NewOrganisation.PublishedAsync(earlierAuthor, _reviewer, "First name");
        await _editor.SaveAsync(EditorClient.EditUrl(file), fields => fields["name.en"] = "Second name");
        await _editor.StepAsync(file, "Submit");

        await earlierAuthor.StepAsync(file, "Publish");

        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == file)));
        Assert.Equal(RevisionAction.Published, await hub.WithDatabaseAsync(db =>
            db.ContentRevisions.Where(r => r.File == file).OrderByDescending(r => r.Number).Select(r => r.Action).FirstAsync()));
    }

    [Fact]
    public async Task The_published_version_stays_live_while_its_next_draft_is_written()
    {
        var file = await NewOrganisation.PublishedAsync(_editor, _reviewer, "First name");
        var slug = Path.GetFileNameWithoutExtension(file);

        await _editor.SaveAsync(EditorClient.EditUrl(file), fields => fields["name.en"] = "Second name");

        Assert.Equal("First name", await PublicNameAsync(slug));
        var page = await _reviewer.OpenAsync(EditorClient.EditUrl(file));
        var diff = page.QuerySelector("pre.diff")!.TextContent;
        Assert.Contains("− ", diff, StringComparison.Ordinal);
        Assert.Contains("\"en\": \"Second name\"", diff, StringComparison.Ordinal);

        await _editor.StepAsync(file, "Submit");
        await _reviewer.StepAsync(file, "Publish");
        await hub.SearchCaughtUpAsync(); // Anonymous pages are cached until the node sees the change (ADR 0010).
        Assert.Equal("Second name", await PublicNameAsync(slug));
    }

    [Fact]
    public async Task A_reviewer_sends_a_draft_back_with_a_comment_and_only_with_one()
    {
        var file = await NewOrganisation.InReviewAsync(_editor);

        var silent = await _reviewer.StepAsync(file, "SendBack", comment: " ");
        Assert.Contains("Say what needs to change", (await _reviewer.OpenAsync(EditorClient.Redirected(silent))).Body!.TextContent, StringComparison.Ordinal);

        await _reviewer.StepAsync(file, "SendBack", comment: "Cite the unit's own page.");

        var page = await _editor.OpenAsync(EditorClient.EditUrl(file));
        Assert.Contains("Cite the unit's own page.", page.QuerySelector("q")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action*='handler=Submit']"));
        Assert.Equal(DraftState.Draft, await hub.WithDatabaseAsync(db => db.ContentDrafts.Where(d => d.File == file).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task Discarding_a_draft_leaves_the_published_version_and_is_logged()
    {
        var file = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Kept name");
        await _editor.SaveAsync(EditorClient.EditUrl(file), fields => fields["name.en"] = "Abandoned name");

        await _editor.StepAsync(file, "Discard");

        Assert.Equal("Kept name", await PublicNameAsync(Path.GetFileNameWithoutExtension(file)));
        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == file)));
        Assert.True(await hub.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Kind == AuditEventKind.DraftDiscarded && e.Subject == file)));
    }

    [Fact]
    public async Task Archiving_takes_an_item_off_the_public_site_and_keeps_it_in_the_back_office()
    {
        var file = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Archived unit");
        var slug = Path.GetFileNameWithoutExtension(file);

        await _reviewer.StepAsync(file, "Archive");

        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync($"/organisations/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _editor.Http.GetAsync(EditorClient.EditUrl(file))).StatusCode);
        Assert.True(await hub.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Kind == AuditEventKind.Archived && e.Subject == file)));
    }

    private async Task<string?> PublicNameAsync(string slug) =>
        (await (await hub.CreateClient().GetAsync($"/organisations/{slug}")).ReadDocumentAsync()).QuerySelector("h1")?.TextContent.Trim();

    private static async Task<Dictionary<string, string>> TokenFieldsAsync(EditorClient client, string file)
    {
        var page = await client.OpenAsync(EditorClient.EditUrl(file));
        var form = page.QuerySelector("form[action*='handler=Discard']")!;
        return EditorClient.HiddenFieldsOf(form);
    }
}
