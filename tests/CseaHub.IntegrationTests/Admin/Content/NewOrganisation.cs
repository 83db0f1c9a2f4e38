using System.Net;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>An organisation of the test's own, filled in through the back office's form, at the workflow step a test needs.</summary>
internal static class NewOrganisation
{
    public static void Fill(Dictionary<string, string> fields, string slug, string name)
    {
        fields["slug"] = slug;
        fields["name.en"] = name;
        fields["type"] = "intergovernmental-organisation";
        fields["visibility"] = "public";
        fields["summary.en"] = "A unit that works on online child protection.";
        fields["description.en"] = "It coordinates **training** for investigators.";
        fields["audiences"] = "law-enforcement\njudiciary";
        fields["reviewedOn"] = "2026-11-01";
        fields["sources[0].id"] = "unit-page";
        fields["sources[0].title"] = "The unit's page";
        fields["sources[0].publisher"] = "Example publisher";
        fields["sources[0].url"] = "https://example.org/unit";
    }

    public static async Task<string> SavedAsync(EditorClient editor, string name = "Unit for online safety", Action<Dictionary<string, string>>? more = null)
    {
        var slug = TestData.UniqueKey("org");
        var saved = await editor.SaveAsync(EditorClient.NewUrl("organisation"), fields =>
        {
            Fill(fields, slug, name);
            more?.Invoke(fields);
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        return $"organisations/{slug}.json";
    }

    public static async Task<string> InReviewAsync(EditorClient editor)
    {
        var file = await SavedAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.StepAsync(file, "Submit")).StatusCode);
        return file;
    }

    public static async Task<string> PublishedAsync(
        EditorClient editor, EditorClient reviewer, string name, Action<Dictionary<string, string>>? more = null)
    {
        var file = await SavedAsync(editor, name, more);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.StepAsync(file, "Submit")).StatusCode);
        var published = await reviewer.StepAsync(file, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.DoesNotContain("handler=Publish", (await reviewer.OpenAsync(EditorClient.EditUrl(file))).Body!.InnerHtml, StringComparison.Ordinal);
        return file;
    }
}
