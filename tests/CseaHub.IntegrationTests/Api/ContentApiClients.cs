using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Api;

/// <summary>Staff programs on the write API: a new account in a role with an API token of its own, and its requests.</summary>
internal static class ContentApiClients
{
    public static async Task<HttpClient> ClientWithTokenAsync(this HubAppFactory hub, string role) =>
        (await hub.ClientWithTokenAndIdAsync(role)).Client;

    public static async Task<(HttpClient Client, HubUser User, int Id)> ClientWithTokenAndIdAsync(this HubAppFactory hub, string role)
    {
        var email = await hub.AddAccountAsync(role);
        await using var scope = hub.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email))!;
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
        var secret = await tokens.CreateAsync(user, "tests", TestContext.Current.CancellationToken);
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (client, user, (await tokens.OfAsync(user, TestContext.Current.CancellationToken))[0].Id);
    }

    /// <summary>A request to <c>/api/v1/content{step}</c> for <paramref name="file"/>, with its version in If-Match.</summary>
    public static async Task<HttpResponseMessage> SendContentAsync(
        this HttpClient client, HttpMethod method, string file, EntityTagHeaderValue? version, JsonNode? body, string step = "")
    {
        var request = new HttpRequestMessage(method, $"/api/v1/content{step}?file={file}");
        if (version is not null)
        {
            request.Headers.IfMatch.Add(version);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
