using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.IntegrationTests.Admin.Content;
using CseaHub.Tests;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Cluster;

[CollectionDefinition(DisableParallelization = true)]
public sealed class OnItsOwn;

/// <summary>
/// Two hub processes on one database behave as one site: a session and a form made on one node are good on the other,
/// and what one node publishes or withdraws shows in the other's search within a second (each node's index follows the
/// database's change feed). Runs on its own, so the timing is the nodes', not the rest of the suite's.
/// </summary>
[Collection(typeof(OnItsOwn))]
public sealed class TwoNodeTests(HubAppFactory hub)
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Two_nodes_on_one_database_share_sessions_forms_and_what_is_published()
    {
        await using var nodeA = await HubNode.StartAsync(hub);
        await using var nodeB = await HubNode.StartAsync(hub);
        var editor = await StaffAsync(HubRoles.Editor);
        var reviewer = await StaffAsync(HubRoles.Reviewer);
        var marker = "cluster" + Guid.NewGuid().ToString("N")[..10];

        // Signed in on A (password, then the code page on B): the session cookie is good on both nodes.
        var (editorOnA, editorOnB) = await SignInAsync(nodeA, nodeB, editor);
        Assert.Equal(HttpStatusCode.OK, (await editorOnB.Http.GetAsync("/admin/content")).StatusCode);

        // Edited on A, sent for review with a form A made but B receives, published on A.
        var file = await NewOrganisation.SavedAsync(new EditorClient(editorOnA.Http), $"Unit {marker}");
        var sendForReview = await new EditorClient(editorOnA.Http).OpenAsync(EditorClient.EditUrl(file));
        Assert.Equal(HttpStatusCode.Redirect, (await new EditorClient(editorOnB.Http).StepOnAsync(sendForReview, "Submit")).StatusCode);
        var (reviewerOnA, reviewerOnB) = await SignInAsync(nodeA, nodeB, reviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await new EditorClient(reviewerOnA.Http).StepAsync(file, "Publish")).StatusCode);

        var found = await TimeUntilAsync(nodeB, marker, present: true);
        TestContext.Current.TestOutputHelper?.WriteLine($"Published on A, found on B after {found.TotalMilliseconds:F0} ms.");
        Assert.True(found <= Propagation, $"published on A, found on B's search after {found.TotalMilliseconds:F0} ms\n{nodeB.Log}");

        // Withdrawn on B: gone from A's search.
        Assert.Equal(HttpStatusCode.Redirect, (await new EditorClient(reviewerOnB.Http).StepAsync(file, "Archive")).StatusCode);
        var gone = await TimeUntilAsync(nodeA, marker, present: false);
        TestContext.Current.TestOutputHelper?.WriteLine($"Archived on B, gone from A after {gone.TotalMilliseconds:F0} ms.");
        Assert.True(gone <= Propagation, $"archived on B, gone from A's search after {gone.TotalMilliseconds:F0} ms\n{nodeA.Log}");
    }

    [Fact]
    public async Task Nodes_started_together_on_an_empty_database_both_migrate_load_and_serve()
    {
        // A hub never started: only its empty database is used.
        await using var empty = HubAppFactory.Own();

        var nodes = await Task.WhenAll(HubNode.StartAsync(empty), HubNode.StartAsync(empty));
        await using var first = nodes[0];
        await using var second = nodes[1];

        using var client = new HttpClient();
        var onFirst = await client.GetFromJsonAsync<JsonElement>(new Uri(first.Address, "/api/v1/organisations"));
        var onSecond = await client.GetFromJsonAsync<JsonElement>(new Uri(second.Address, "/api/v1/organisations"));
        Assert.True(onFirst.GetProperty("total").GetInt32() > 20);
        Assert.Equal(onFirst.GetProperty("total").GetInt32(), onSecond.GetProperty("total").GetInt32());
        // Neither ran a migration the other had run, nor loaded a record the other had loaded.
        Assert.DoesNotContain("already exists", first.Log + second.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate key", first.Log + second.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("UNIQUE constraint", first.Log + second.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_on_a_database_restored_from_an_older_backup_rebuilds_its_index_from_it()
    {
        await using var restored = HubAppFactory.Own();
        await using var node = await HubNode.StartAsync(restored);
        var marker = "restored" + Guid.NewGuid().ToString("N")[..10];

        // As a restore would leave it: a unit the node may or may not have seen, and a change feed that ends before the
        // position the node's index reached.
        var cutoff = await restored.WithDatabaseAsync(db => db.ContentChanges.MaxAsync(c => c.Id)) - 3;
        await restored.AddOrganisationAsync($"Unit {marker}");
        await restored.WithDatabaseAsync(db => db.ContentChanges.Where(c => c.Id > cutoff).ExecuteDeleteAsync());

        await TimeUntilAsync(node, marker, present: true);
        Assert.Contains("the database was restored or replaced", node.Log, StringComparison.Ordinal);
    }

    private async Task<(string Email, string Key)> StaffAsync(string role)
    {
        var email = await hub.AddAccountAsync(role);
        return (email, await hub.AddAuthenticatorAsync(email));
    }

    /// <summary>Signs in on <paramref name="first"/> with the password and on <paramref name="second"/> with the code: one browser, two nodes.</summary>
    private static async Task<(AccountClient First, AccountClient Second)> SignInAsync(HubNode first, HubNode second, (string Email, string Key) account)
    {
        var cookies = new CookieContainer();
        var onFirst = new AccountClient(first.ClientWith(cookies));
        var onSecond = new AccountClient(second.ClientWith(cookies));

        var password = await onFirst.SignInAsync(account.Email, AccountTestData.Password);
        Assert.StartsWith("/account/sign-in/code", AccountClient.Location(password), StringComparison.Ordinal);
        var code = await onSecond.PostFormAsync(AccountClient.Location(password), new Dictionary<string, string> { ["code"] = Totp.Code(account.Key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.DoesNotContain("/account/sign-in", AccountClient.Location(code), StringComparison.Ordinal);
        return (onFirst, onSecond);
    }

    /// <summary>How long until <paramref name="node"/>'s search finds <paramref name="marker"/> (or stops finding it); fails after 30 s.</summary>
    private static async Task<TimeSpan> TimeUntilAsync(HubNode node, string marker, bool present)
    {
        using var client = new HttpClient { BaseAddress = node.Address };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            var answer = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={marker}");
            if (answer.GetProperty("total").GetInt32() > 0 == present)
            {
                return watch.Elapsed;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{node.Address} never {(present ? "found" : "dropped")} {marker}:\n{node.Log}");
    }
}
