using System.Net;
using System.Net.Http.Headers;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.IntegrationTests.Admin.Content;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Admin;

public sealed class ApiTokenPageTests(HubAppFactory hub)
{
    [Fact]
    public async Task Staff_make_a_token_seen_once_that_writes_through_the_api_until_they_revoke_it()
    {
        var email = await hub.AddAccountAsync(HubRoles.Editor);
        await using var scope = hub.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email))!;
        var staff = hub.CreateClientAs(HubRoles.Editor, user.Id);

        var page = await staff.GetDocumentAsync("/admin/api-tokens");
        var create = page.QuerySelector("form[action*='handler=Create']")!;
        var fields = EditorClient.HiddenFieldsOf(create);
        fields["name"] = "partner sync";
        var made = await (await staff.PostAsync(create.GetAttribute("action"), new FormUrlEncodedContent(fields))).ReadDocumentAsync();

        var secret = made.QuerySelector("#new-token")?.GetAttribute("value");
        Assert.StartsWith(ApiTokens.SecretPrefix, secret, StringComparison.Ordinal);
        var listed = await staff.GetStringAsync("/admin/api-tokens");
        Assert.DoesNotContain(secret!, listed, StringComparison.Ordinal);
        Assert.Contains("partner sync", listed, StringComparison.Ordinal);

        var program = hub.CreateClient();
        program.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/v1/content?file=organisations/europol.json")).StatusCode);

        var revoke = (await staff.GetDocumentAsync("/admin/api-tokens")).QuerySelector("form[action*='handler=Revoke']")!;
        await staff.PostAsync(revoke.GetAttribute("action"), new FormUrlEncodedContent(EditorClient.HiddenFieldsOf(revoke)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/v1/content?file=organisations/europol.json")).StatusCode);
    }

    [Fact]
    public async Task A_token_needs_a_name_and_readers_have_no_token_page()
    {
        var email = await hub.AddAccountAsync(HubRoles.Reviewer);
        await using var scope = hub.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email))!;
        var staff = hub.CreateClientAs(HubRoles.Reviewer, user.Id);
        var create = (await staff.GetDocumentAsync("/admin/api-tokens")).QuerySelector("form[action*='handler=Create']")!;
        var fields = EditorClient.HiddenFieldsOf(create);
        fields["name"] = "  ";

        var refused = await staff.PostAsync(create.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.ReadDocumentAsync()).QuerySelector("#name[aria-invalid=true]"));
        Assert.NotEqual(HttpStatusCode.OK, (await hub.CreateClientAs(HubRoles.Professional).GetAsync("/admin/api-tokens")).StatusCode);
    }
}
