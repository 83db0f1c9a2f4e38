using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Api;

public sealed partial class OpenApiDocumentTests(HubAppFactory hub)
{
    [Fact]
    public async Task The_document_lists_every_api_endpoint_with_a_summary_its_parameters_and_responses()
    {
        var document = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        var endpoints = hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => (e.RoutePattern, Method: method)))
            .ToList();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} API endpoints found");

        foreach (var (pattern, method) in endpoints)
        {
            var path = RouteConstraint().Replace(pattern.RawText!, "}").TrimEnd('/');
            Assert.True(paths.TryGetProperty(path, out var item), $"{method} {path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is not in the OpenAPI document");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _), $"{method} {path} documents no 200 answer");

            var documented = operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet()
                : [];
            Assert.All(pattern.Parameters, parameter => Assert.Contains(parameter.Name, documented));
        }
    }

    [Fact]
    public async Task Lists_document_their_paging_and_lookups_their_not_found_problem()
    {
        var paths = (await hub.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var list in new[] { "/api/v1/organisations", "/api/v1/instruments", "/api/v1/countries", "/api/v1/documents", "/api/v1/monitoring" })
        {
            var names = paths.GetProperty(list).GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Contains("page", names);
            Assert.Contains("pageSize", names);
            Assert.True(paths.GetProperty(list).GetProperty("get").GetProperty("responses").TryGetProperty("400", out _), $"{list} documents no 400");
        }

        foreach (var lookup in new[] { "/api/v1/organisations/{slug}", "/api/v1/instruments/{slug}", "/api/v1/countries/{code}", "/api/v1/documents/{slug}" })
        {
            var notFound = paths.GetProperty(lookup).GetProperty("get").GetProperty("responses").GetProperty("404");
            Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{lookup} 404 is not a problem");
        }
    }

    [Fact]
    public async Task The_api_reference_is_served_by_the_hub_with_a_nonce_for_its_own_script_only()
    {
        var response = await hub.CreateClient().GetAsync("/api/docs/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        var nonce = NonceOf().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        var page = await hub.CreateClient().GetAsync("/organisations");
        Assert.DoesNotContain("nonce-", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceOf();
}
