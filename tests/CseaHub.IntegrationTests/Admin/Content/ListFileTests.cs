using System.Net;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>
/// Publishing a whole list (a taxonomy) on a hub of its own: the shared test hub's taxonomies are used by every other
/// test, and a list published there would take their topics away.
/// </summary>
public sealed class ListFileTests : IAsyncLifetime
{
    private readonly HubAppFactory _hub = new();

    public async ValueTask InitializeAsync() => await _hub.InitializeAsync();

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_taxonomy_item_taken_out_of_the_list_is_gone_once_another_administrator_publishes_it()
    {
        var unused = await _hub.AddTopicAsync();
        var author = new EditorClient(_hub.CreateClientAs(HubRoles.Administrator, "admin-author"));
        var publisher = new EditorClient(_hub.CreateClientAs(HubRoles.Administrator, "admin-publisher"));
        var url = EditorClient.EditUrl(Dataset.TopicsFile);
        var (_, fields) = await author.ReadFormAsync(url);
        var index = fields.Single(f => f.Value == unused && f.Key.EndsWith("].key", StringComparison.Ordinal)).Key[..^".key".Length];

        var saved = await author.SaveAsync(url, form => form[index + ".remove"] = "true");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await author.StepAsync(Dataset.TopicsFile, "Submit");
        var own = await author.StepAsync(Dataset.TopicsFile, "Publish");
        var published = await publisher.StepAsync(Dataset.TopicsFile, "Publish");

        Assert.Contains("another reviewer must publish it", (await author.OpenAsync(EditorClient.Redirected(own))).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.False(await _hub.WithDatabaseAsync(db => db.Topics.AnyAsync(t => t.Key == unused)));
        var positions = await _hub.WithDatabaseAsync(db => db.Topics.Select(t => t.Position).ToListAsync());
        Assert.Equal(positions.Count, positions.Distinct().Count());
        Assert.True(await _hub.WithDatabaseAsync(db => db.ContentRevisions.AnyAsync(r => r.File == Dataset.TopicsFile && r.Action == RevisionAction.Published)));
    }

    [Fact]
    public async Task A_topic_still_used_cannot_be_taken_out()
    {
        var used = await _hub.AddTopicAsync();
        var organisation = await _hub.AddOrganisationAsync("Unit using the topic", topic: used);
        var author = new EditorClient(_hub.CreateClientAs(HubRoles.Administrator, "admin-author"));
        var url = EditorClient.EditUrl(Dataset.TopicsFile);
        var (_, fields) = await author.ReadFormAsync(url);
        var index = fields.Single(f => f.Value == used && f.Key.EndsWith("].key", StringComparison.Ordinal)).Key[..^".key".Length];

        var refused = await author.SaveAsync(url, form => form[index + ".remove"] = "true");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(organisation, (await refused.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
