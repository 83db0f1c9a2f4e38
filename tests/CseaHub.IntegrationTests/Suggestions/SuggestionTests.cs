using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Suggestions;

public sealed class SuggestionTests(HubAppFactory hub)
{
    [Fact]
    public async Task A_reader_reports_outdated_information_from_a_profile_and_it_waits_for_the_editors_only()
    {
        var marker = TestData.UniqueKey("marker-suggestion");
        var reader = hub.CreateAccountClient();
        var profile = await reader.GetDocumentAsync("/organisations/council-of-europe");
        var link = profile.QuerySelectorAll("a").Single(a => a.TextContent == "Report outdated information").GetAttribute("href")!;

        var sent = await reader.PostFormAsync(link, new Dictionary<string, string> { ["message"] = $"The phone number changed ({marker})." });
        await hub.SearchCaughtUpAsync();
        var search = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/search?q={marker}");
        var editor = await hub.CreateClientAs(HubRoles.Editor).GetStringAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("with the editors", (await sent.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var saved = await hub.WithDatabaseAsync(db => db.Suggestions.SingleAsync(s => s.Message.Contains(marker)));
        Assert.Equal(SuggestionKind.OutdatedInformation, saved.Kind);
        Assert.Equal("/organisations/council-of-europe", saved.About);
        Assert.Equal(SuggestionStatus.New, saved.Status);
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Contains(marker, editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_marks_a_suggestion_handled_and_readers_cannot_see_the_queue()
    {
        var marker = TestData.UniqueKey("marker-queue");
        await hub.CreateAccountClient().PostFormAsync("/suggest", new Dictionary<string, string>
        {
            ["kind"] = nameof(SuggestionKind.NewOrganisation),
            ["message"] = $"Please list the hotline {marker}.",
        });
        var id = await hub.WithDatabaseAsync(db => db.Suggestions.Where(s => s.Message.Contains(marker)).Select(s => s.Id).SingleAsync());

        var marked = await new AccountClient(hub.CreateClientAs(HubRoles.Editor))
            .PostFormAsync("/admin/suggestions", new Dictionary<string, string> { ["status"] = "Handled" }, action: $"id={id}");
        var anonymous = await hub.CreateAccountClient().Http.GetAsync("/admin/suggestions");
        var professional = await hub.CreateClientAs(HubRoles.Professional).GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var saved = await hub.WithDatabaseAsync(db => db.Suggestions.SingleAsync(s => s.Id == id));
        Assert.Equal(SuggestionStatus.Handled, saved.Status);
        Assert.Equal("test-user", saved.DecidedBy);
        Assert.StartsWith("http://localhost/account/sign-in", AccountClient.Location(anonymous), StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", AccountClient.Location(professional), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_robot_filling_the_hidden_field_is_thanked_and_nothing_is_kept()
    {
        var marker = TestData.UniqueKey("marker-bot");

        var response = await hub.CreateAccountClient().PostFormAsync("/suggest", new Dictionary<string, string>
        {
            ["kind"] = nameof(SuggestionKind.Other),
            ["message"] = $"Cheap watches {marker}",
            ["website"] = "http://spam.example",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await hub.WithDatabaseAsync(db => db.Suggestions.AnyAsync(s => s.Message.Contains(marker))));
    }

    [Fact]
    public async Task A_bad_suggestion_names_each_problem_and_keeps_what_was_typed()
    {
        var response = await hub.CreateAccountClient().PostFormAsync("/suggest?about=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["kind"] = "Teleportation",
            ["message"] = "short",
            ["email"] = "not-an-address",
        });
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "kind", "message", "email" })
        {
            Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        }

        Assert.Equal("short", page.GetElementById("message")!.TextContent);
        Assert.Null(page.QuerySelector("input[name='about']"));
    }

    [Theory]
    [InlineData("A message with a bell \u0007 in it, long enough.", "reader@example.org")]
    [InlineData("A message that is fine and long enough.", "reader\u0001@example.org")]
    public async Task Control_characters_are_refused_with_the_form_not_a_server_error(string message, string email)
    {
        var response = await hub.CreateAccountClient().PostFormAsync("/suggest", new Dictionary<string, string>
        {
            ["kind"] = nameof(SuggestionKind.Other),
            ["message"] = message,
            ["email"] = email,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadDocumentAsync()).QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task Suggestions_from_one_address_are_limited_like_sign_ins()
    {
        var robot = hub.CreateAccountClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            statuses.Add((await robot.PostFormAsync("/suggest", new Dictionary<string, string> { ["kind"] = "Other", ["message"] = "x" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
