using System.Net;
using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>
/// The one form built from each record's shape must carry every file of the bundled dataset through unchanged:
/// posting a file's form as it opens changes nothing and starts no draft (unticked boxes, empty optional lists and
/// all).
/// </summary>
public sealed class RecordFormTests(HubAppFactory hub)
{
    public static TheoryData<string> Kinds => [.. DatasetFiles.Kinds.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_file_goes_through_its_form_unchanged(string kind)
    {
        var administrative = DatasetFiles.Named(kind)!.Administrative;
        var client = new EditorClient(hub.CreateClientAs(administrative ? HubRoles.Administrator : HubRoles.Editor, "form-" + kind));
        var list = await client.OpenAsync("/admin/content/list?kind=" + kind);
        // Other tests add rows of their own straight to the database; the bundled dataset's files are the ones to check.
        var files = list.QuerySelectorAll("main ul li .note").Select(n => n.TextContent.Trim())
            .Where(file => File.Exists(Path.Combine(RepositoryPaths.Dataset, file))).ToList();
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var (action, fields) = await client.ReadFormAsync(EditorClient.EditUrl(file));
            var response = await client.PostAsync(action, fields);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{file}: {response.StatusCode} {(await response.ReadDocumentAsync()).QuerySelector(".error-summary")?.TextContent}");
            var changed = await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == file));
            Assert.False(changed, $"{file} changed on its way through the form: {(changed ? (await client.OpenAsync(EditorClient.EditUrl(file))).QuerySelector("pre.diff")?.TextContent : null)}");
        }
    }

    [Fact]
    public async Task A_new_library_document_is_saved_though_its_own_field_is_named_kind_and_its_round_and_issuer_are_checked()
    {
        // The document's "kind" (report, opinion, …) is posted beside the address's kind of file (document): the
        // address names the file's kind, or every new document was "not found".
        var client = new EditorClient(hub.CreateClientAs(HubRoles.Editor, "form-new-document"));
        var slug = TestData.UniqueKey("doc");
        // What a document points at is checked against the hub: a round or an issuer that does not exist is refused.
        var refused = await client.SaveAsync(EditorClient.NewUrl("document"), fields =>
        {
            FillDocument(fields, TestData.UniqueKey("doc"));
            fields["monitoringRound"] = "no-such-round";
            fields["issuedBy"] = "no-such-issuer";
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("no-such-round", errors, StringComparison.Ordinal);
        Assert.Contains("no-such-issuer", errors, StringComparison.Ordinal);

        var saved = await client.SaveAsync(EditorClient.NewUrl("document"), fields =>
        {
            FillDocument(fields, slug);
            fields["monitoringRound"] = "lanzarote-convention-1";
            fields["issuedBy"] = "lanzarote-committee";
        });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{saved.StatusCode} {(await saved.ReadDocumentAsync()).QuerySelector(".error-summary")?.TextContent}");
        Assert.True(await hub.WithDatabaseAsync(db => db.ContentDrafts.AnyAsync(d => d.File == $"library/{slug}.json")));
    }

    private static void FillDocument(Dictionary<string, string> fields, string slug)
    {
        fields["slug"] = slug;
        fields["title.en"] = "A study of online grooming";
        fields["kind"] = "research";
        fields["visibility"] = "public";
        fields["issued.year"] = "2024";
        fields["issued.source"] = "study";
        fields["issued.asOf"] = "2026-11-01";
        fields["summary.en"] = "What the study found.";
        fields["reviewedOn"] = "2026-11-01";
        fields["sources[0].id"] = "study";
        fields["sources[0].title"] = "The study";
        fields["sources[0].publisher"] = "Example publisher";
        fields["sources[0].url"] = "https://example.org/study";
    }

    [Fact]
    public async Task Long_texts_are_text_areas_so_paragraphs_and_lists_survive_a_save()
    {
        var client = new EditorClient(hub.CreateClientAs(HubRoles.Editor, "form-long-texts"));
        var file = await NewOrganisation.SavedAsync(client);
        var page = await client.OpenAsync(EditorClient.EditUrl(file));
        foreach (var name in new[] { "description.en", "description.fr", "summary.en", "sections[0].body.en" })
        {
            Assert.NotNull(page.QuerySelector($"textarea[name='{name}']"));
        }

        Assert.NotNull(page.QuerySelector("input[name='name.en']"));
        await client.SaveAsync(EditorClient.EditUrl(file), fields => fields["description.en"] = "First paragraph.\r\n\r\n- one\r\n- two");

        var json = await hub.WithDatabaseAsync(db => db.ContentDrafts.Where(d => d.File == file).Select(d => d.Json).SingleAsync());
        Assert.Contains("First paragraph.\\n\\n- one\\n- two", json, StringComparison.Ordinal);
    }
}
