using System.Net;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>
/// What the back office refuses and what it never loses: another editor's save, invalid content, script in Markdown,
/// a form without its anti-forgery token, a role that may not edit a kind. Each test works on organisations of its own.
/// </summary>
public sealed class ContentSafetyTests(HubAppFactory hub)
{
    private readonly EditorClient _editor = new(hub.CreateClientAs(HubRoles.Editor, "editor-a"));

    private readonly EditorClient _otherEditor = new(hub.CreateClientAs(HubRoles.Editor, "editor-b"));

    private readonly EditorClient _reviewer = new(hub.CreateClientAs(HubRoles.Reviewer, "reviewer-a"));

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_item_is_refused_with_what_changed()
    {
        var file = await NewOrganisation.SavedAsync(_editor, "Shared unit");
        var (firstAction, first) = await _editor.ReadFormAsync(EditorClient.EditUrl(file));
        var (secondAction, second) = await _otherEditor.ReadFormAsync(EditorClient.EditUrl(file));

        first["name.en"] = "Name from A";
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.PostAsync(firstAction, first)).StatusCode);
        second["name.en"] = "Name from B";
        var refused = await _otherEditor.PostAsync(secondAction, second);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("editor-a", page.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        var diff = page.QuerySelector("pre.diff")!.TextContent;
        Assert.Contains("\"en\": \"Name from A\"", diff, StringComparison.Ordinal);
        Assert.Contains("\"en\": \"Name from B\"", diff, StringComparison.Ordinal);
        Assert.Equal("Name from B", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='name.en']")!).Value);
        Assert.Contains("Name from A", await DraftJsonAsync(file), StringComparison.Ordinal);

        // Saving again from the conflict page is a deliberate choice, made knowing what the other editor wrote.
        var (againAction, again) = EditorClient.FormOf(page);
        Assert.Equal(HttpStatusCode.Redirect, (await _otherEditor.PostAsync(againAction, again)).StatusCode);
        Assert.Contains("Name from B", await DraftJsonAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_content_is_refused_with_every_error_and_the_form_keeps_what_was_typed()
    {
        var slug = TestData.UniqueKey("org");

        var response = await _editor.SaveAsync(EditorClient.NewUrl("organisation"), fields =>
        {
            NewOrganisation.Fill(fields, slug, "Unit with mistakes");
            fields["audiences"] = "no-such-audience";
            fields["sources[0].url"] = "not a web address";
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("no-such-audience", summary, StringComparison.Ordinal);
        Assert.Contains("sources", summary, StringComparison.Ordinal);
        Assert.Equal("Unit with mistakes", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='name.en']")!).Value);
        Assert.Equal("no-such-audience", page.QuerySelector("textarea[name='audiences']")!.TextContent.Trim());
        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == $"organisations/{slug}.json")));
    }

    [Fact]
    public async Task A_save_is_judged_by_the_errors_it_adds_not_by_those_already_in_the_database()
    {
        // An instrument without sources, written straight to the database: the dataset now holds an error.
        var unsourced = await hub.AddInstrumentAsync("Unsourced instrument");

        var file = await NewOrganisation.SavedAsync(_editor, "Unit saved beside an old error");
        var broken = await _editor.SaveAsync(EditorClient.EditUrl(file), fields => fields["audiences"] = "nobody");

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var summary = (await broken.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("nobody", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(unsourced, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_is_checked_against_the_others_a_parent_that_does_not_exist_or_makes_a_loop_is_refused()
    {
        var parentFile = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Parent unit");
        var parent = Path.GetFileNameWithoutExtension(parentFile);
        var childFile = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Child unit", fields => fields["parent"] = parent);
        var grandchildFile = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Grandchild unit",
            fields => fields["parent"] = Path.GetFileNameWithoutExtension(childFile));

        var missing = await _editor.SaveAsync(EditorClient.EditUrl(childFile), fields => fields["parent"] = "no-such-organisation");
        // Through two generations: the check reads the chain of parents from the database.
        var loop = await _editor.SaveAsync(EditorClient.EditUrl(parentFile), fields => fields["parent"] = Path.GetFileNameWithoutExtension(grandchildFile));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("no-such-organisation", (await missing.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        Assert.Contains("parent", (await loop.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == parentFile || d.File == childFile)));
    }

    [Fact]
    public async Task Control_characters_pasted_into_a_field_are_refused_on_that_field()
    {
        var response = await _editor.SaveAsync(EditorClient.NewUrl("organisation"), fields =>
        {
            NewOrganisation.Fill(fields, TestData.UniqueKey("org"), "Unit with a bell");
            fields["summary.en"] = "A summary with a bell \u0007 in it.";
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("true", (await response.ReadDocumentAsync()).QuerySelector("textarea[name='summary.en']")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_send_back_comment_longer_than_a_note_is_refused_and_the_draft_stays_in_review()
    {
        var file = await NewOrganisation.InReviewAsync(_editor);

        var response = await _reviewer.StepAsync(file, "SendBack", comment: new string('x', 1001));

        Assert.Contains("under 1,000 characters", (await _reviewer.OpenAsync(EditorClient.Redirected(response))).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Web.Domain.Editorial.DraftState.InReview, await hub.WithDatabaseAsync(db => db.ContentDrafts.Where(d => d.File == file).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task An_error_in_a_list_file_is_shown_on_its_field()
    {
        var administrator = new EditorClient(hub.CreateClientAs(HubRoles.Administrator, "admin-lists"));

        var response = await administrator.SaveAsync(EditorClient.EditUrl(Dataset.CountriesFile), fields => fields["[0].coeMemberSince"] = "not a date");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("true", page.QuerySelector("input[name='[0].coeMemberSince']")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#[0].coeMemberSince']"));
        Assert.Equal("Countries", page.QuerySelector("fieldset.record-list > legend")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_number_that_is_not_one_is_reported_on_its_field()
    {
        var response = await _editor.SaveAsync(EditorClient.NewUrl("round"), fields =>
        {
            fields["instrument"] = "lanzarote-convention";
            fields["number"] = "three";
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("true", page.QuerySelector("input[name='number']")!.GetAttribute("aria-invalid"));
        Assert.Contains("whole number", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_every_Markdown_field_is_rendered_inert()
    {
        const string payload = "Hello <script>alert('x')</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">a</a>";
        var file = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Unit with payloads", fields =>
        {
            fields["description.en"] = payload;
            fields["sections[0].key"] = "contact";
            fields["sections[0].title.en"] = "Contact";
            fields["sections[0].body.en"] = payload;
            fields["sections[0].visibility"] = "public";
            fields["sections[0].sources"] = "unit-page";
            fields["sections[0].asOf"] = "2026-11-01";
        });

        var page = await (await hub.CreateClient().GetAsync($"/organisations/{Path.GetFileNameWithoutExtension(file)}")).ReadDocumentAsync();

        // The payload may show as text; no element, attribute or link made from it may act.
        Assert.Equal(2, page.QuerySelectorAll(".prose").Count(p => p.TextContent.Contains("Hello", StringComparison.Ordinal)));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".prose img"));
        var attributes = page.QuerySelectorAll("*").SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_history_shows_what_each_revision_changed_and_restores_one_as_a_new_draft()
    {
        var file = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Original name");
        await _editor.SaveAsync(EditorClient.EditUrl(file), fields => fields["name.en"] = "Changed name");
        var history = "/admin/content/history?file=" + Uri.EscapeDataString(file);

        var changes = await _editor.OpenAsync(history + "&revision=4");
        Assert.Contains("\"en\": \"Changed name\"", changes.QuerySelector("pre.diff ins")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, changes.QuerySelectorAll("tbody tr").Length);

        var restore = await _editor.OpenAsync(history + "&revision=1");
        var form = restore.QuerySelector("form[action*='handler=Restore']")!;
        var fields = EditorClient.HiddenFieldsOf(form);
        var restored = await _editor.PostAsync(form.GetAttribute("action")!, fields);

        Assert.EndsWith(EditorClient.EditUrl(file), EditorClient.Redirected(restored), StringComparison.Ordinal);
        Assert.Contains("Original name", await DraftJsonAsync(file), StringComparison.Ordinal);
        var last = await hub.WithDatabaseAsync(db => db.ContentRevisions.Where(r => r.File == file).OrderByDescending(r => r.Number).FirstAsync());
        Assert.Equal((RevisionAction.Restored, "Restored from revision 1"), (last.Action, last.Comment));
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var file = await NewOrganisation.SavedAsync(_editor);
        var (action, fields) = await _editor.ReadFormAsync(EditorClient.EditUrl(file));
        fields.Remove("__RequestVerificationToken");
        fields["name.en"] = "Forged";

        var response = await _editor.PostAsync(action, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Forged", await DraftJsonAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taxonomies_are_for_administrators_an_editor_reads_them_and_cannot_save()
    {
        var url = EditorClient.EditUrl(Dataset.TopicsFile);
        var page = await _editor.OpenAsync(url);
        Assert.Null(page.QuerySelector("form.record-form"));

        var administrator = new EditorClient(hub.CreateClientAs(HubRoles.Administrator, "admin-a"));
        var (action, fields) = await administrator.ReadFormAsync(url);
        var forged = await _editor.PostAsync(action, fields.Where(f => f.Key != "__RequestVerificationToken")
            .Append(KeyValuePair.Create("__RequestVerificationToken", TokenOf(page))).ToDictionary());

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.False(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == Dataset.TopicsFile)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(HubRoles.Professional)]
    public async Task Only_staff_reach_the_content_desk(string? role)
    {
        var client = role is null ? hub.CreateAccountClient().Http : hub.CreateClientAs(role);

        foreach (var url in new[] { "/admin/content", "/admin/content/list?kind=organisation", EditorClient.EditUrl("organisations/coe.json") })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/admin/content/edit?file=organisations/no-such-thing.json")]
    [InlineData("/admin/content/edit?file=../../etc/passwd")]
    [InlineData("/admin/content/edit?kind=no-such-kind")]
    [InlineData("/admin/content/edit?kind=countries")]
    [InlineData("/admin/content/list?kind=nothing")]
    [InlineData("/admin/content/history?file=organisations/%00.json")]
    public async Task Files_and_kinds_that_do_not_exist_are_not_found(string url)
    {
        var response = await _editor.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_start_up_load_keeps_a_file_edited_in_the_hub()
    {
        var file = await NewOrganisation.PublishedAsync(_editor, _reviewer, "Name from the hub");
        var bundled = TestDatasets.CopyBundled();
        var json = await hub.WithDatabaseAsync(db => db.ContentRevisions.Where(r => r.File == file && r.Action == RevisionAction.Published).Select(r => r.Json).SingleAsync());
        await File.WriteAllTextAsync(Path.Combine(bundled, file), json.Replace("Name from the hub", "Name from the files", StringComparison.Ordinal));

        await using (var scope = hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatasetLoad>().LoadAsync(bundled, new HashSet<string> { file });
        }

        Assert.Contains("Name from the hub", await PublishedNameAsync(file), StringComparison.Ordinal);
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatasetLoad>().LoadAsync(bundled);
        }

        Assert.Contains("Name from the files", await PublishedNameAsync(file), StringComparison.Ordinal);
    }

    private async Task<string> DraftJsonAsync(string file) =>
        await hub.WithDatabaseAsync(db => db.ContentDrafts.Where(d => d.File == file).Select(d => d.Json).SingleAsync());

    private async Task<string> PublishedNameAsync(string file)
    {
        var page = await _editor.OpenAsync(EditorClient.EditUrl(file));
        return ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='name.en']")!).Value;
    }

    private static string TokenOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
}
