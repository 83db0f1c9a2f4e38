using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Api;

/// <summary>The write API: token-authenticated staff, the back office's validation and workflow, versions in ETags.</summary>
public sealed class ContentApiTests(HubAppFactory hub)
{
    [Fact]
    public async Task An_editor_saves_and_submits_and_a_reviewer_publishes_through_the_api()
    {
        var slug = await hub.AddOrganisationAsync("Api written unit");
        var file = $"organisations/{slug}.json";
        var editor = await hub.ClientWithTokenAsync(HubRoles.Editor);
        var reviewer = await hub.ClientWithTokenAsync(HubRoles.Reviewer);

        var current = await editor.GetAsync($"/api/v1/content?file={file}");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var record = (await current.Content.ReadFromJsonAsync<JsonObject>())!["published"]!.AsObject();
        record["name"]!["en"] = "Api written unit (renamed)";

        var saved = await editor.SendContentAsync(HttpMethod.Put, file, current.Headers.ETag, record);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        Assert.Equal("draft", (await saved.Content.ReadFromJsonAsync<JsonObject>())!["state"]!.GetValue<string>());
        Assert.DoesNotContain("(renamed)", await hub.CreateClient().GetStringAsync($"/organisations/{slug}"), StringComparison.Ordinal);

        var submitted = await editor.SendContentAsync(HttpMethod.Post, file, saved.Headers.ETag, null, "/submit");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        // Four eyes: the editor who wrote it may not publish it, a reviewer may.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendContentAsync(HttpMethod.Post, file, submitted.Headers.ETag, null, "/publish")).StatusCode);
        var published = await reviewer.SendContentAsync(HttpMethod.Post, file, submitted.Headers.ETag, null, "/publish");
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        await hub.SearchCaughtUpAsync(); // Anonymous pages are cached until the node sees the change (ADR 0010).
        Assert.Contains("(renamed)", await hub.CreateClient().GetStringAsync($"/organisations/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_on_an_old_version_is_refused_with_412_and_one_without_a_version_with_428()
    {
        var slug = await hub.AddOrganisationAsync("Api conflict unit");
        var file = $"organisations/{slug}.json";
        var editor = await hub.ClientWithTokenAsync(HubRoles.Editor);
        var first = await editor.GetAsync($"/api/v1/content?file={file}");
        var record = (await first.Content.ReadFromJsonAsync<JsonObject>())!["published"]!.AsObject();

        record["acronym"] = "ONE";
        Assert.Equal(HttpStatusCode.OK, (await editor.SendContentAsync(HttpMethod.Put, file, first.Headers.ETag, record)).StatusCode);
        record["acronym"] = "TWO";
        var stale = await editor.SendContentAsync(HttpMethod.Put, file, first.Headers.ETag, record);
        var unversioned = await editor.SendContentAsync(HttpMethod.Put, file, null, record);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.True((await stale.Content.ReadFromJsonAsync<JsonObject>())!.ContainsKey("currentETag"));
        Assert.Equal((HttpStatusCode)428, unversioned.StatusCode);
    }

    [Fact]
    public async Task Invalid_content_is_a_validation_problem_naming_each_field()
    {
        var slug = await hub.AddOrganisationAsync("Api invalid unit");
        var file = $"organisations/{slug}.json";
        var editor = await hub.ClientWithTokenAsync(HubRoles.Editor);
        var current = await editor.GetAsync($"/api/v1/content?file={file}");
        var record = (await current.Content.ReadFromJsonAsync<JsonObject>())!["published"]!.AsObject();
        record["audiences"] = new JsonArray("astronauts");

        var response = await editor.SendContentAsync(HttpMethod.Put, file, current.Headers.ETag, record);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains("'astronauts' is not a known audience.", errors["audiences[0]"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var broken = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/content?file={file}") { Content = new StringContent("{ nope", Encoding.UTF8, "application/json") };
        broken.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.SendAsync(broken)).StatusCode);
    }

    [Fact]
    public async Task Cookies_unknown_revoked_tokens_and_accounts_without_a_staff_role_cannot_write()
    {
        var file = "organisations/europol.json";

        // The test scheme stands for a signed-in browser: its cookie-like identity is not a token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.CreateClientAs(HubRoles.Editor).GetAsync($"/api/v1/content?file={file}")).StatusCode);

        var unknown = hub.CreateClient();
        unknown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "chub_notatoken");
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync($"/api/v1/content?file={file}")).StatusCode);

        var professional = await hub.ClientWithTokenAsync(HubRoles.Professional);
        Assert.Equal(HttpStatusCode.Forbidden, (await professional.GetAsync($"/api/v1/content?file={file}")).StatusCode);

        var (revoked, user, id) = await hub.ClientWithTokenAndIdAsync(HubRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await revoked.GetAsync($"/api/v1/content?file={file}")).StatusCode);
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiTokens>().RevokeAsync(user, id, TestContext.Current.CancellationToken));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync($"/api/v1/content?file={file}")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_write_taxonomies_and_no_other_site_may_call_the_write_api()
    {
        var editor = await hub.ClientWithTokenAsync(HubRoles.Editor);
        var current = await editor.GetAsync("/api/v1/content?file=taxonomies/topics.json");
        var list = await current.Content.ReadFromJsonAsync<JsonObject>();

        var response = await editor.SendContentAsync(HttpMethod.Put, "taxonomies/topics.json", current.Headers.ETag, list!["published"]!.DeepClone());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/content?file=taxonomies/topics.json");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        Assert.False((await hub.CreateClient().SendAsync(preflight)).Headers.Contains("Access-Control-Allow-Origin"));
    }
}
