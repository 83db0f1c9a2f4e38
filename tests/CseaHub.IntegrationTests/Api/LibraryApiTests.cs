using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.Tests;

namespace CseaHub.IntegrationTests.Api;

public sealed class LibraryApiTests(HubAppFactory hub)
{
    [Fact]
    public async Task The_document_list_holds_every_bundled_document_newest_first()
    {
        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/documents?pageSize=100");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        var slugs = items.Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.All(Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "library")).Select(Path.GetFileNameWithoutExtension), slug => Assert.Contains(slug, slugs));
        var years = items.Select(i => i.GetProperty("issued").GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public async Task The_document_list_takes_the_pages_filters_and_refuses_bad_ones_as_problem_details()
    {
        var guidance = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/documents?kind=guidance-note&body=cybercrime-convention-committee");
        Assert.All(guidance.GetProperty("items").EnumerateArray(), i => Assert.Equal("guidanceNote", i.GetProperty("kind").GetString()));
        Assert.True(guidance.GetProperty("total").GetInt32() > 0);

        var response = await hub.CreateClient().GetAsync("/api/v1/documents?kind=memo&year=1800");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("year", out _));
    }

    [Fact]
    public async Task One_document_carries_its_partial_date_articles_round_and_sources()
    {
        var opinion = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/documents/lanzarote-interpretative-opinion-ict-facilitated-offences");
        Assert.Equal(2017, opinion.GetProperty("issued").GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, opinion.GetProperty("issued").GetProperty("day").ValueKind);

        var report = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/documents/lanzarote-implementation-report-ict-self-generated-images");
        Assert.Equal("2022-03-10", report.GetProperty("issued").GetProperty("day").GetString());
        Assert.Equal(2, report.GetProperty("monitoringRound").GetProperty("number").GetInt32());
        Assert.NotEqual(0, report.GetProperty("sources").GetArrayLength());

        var strategies = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/documents/lanzarote-implementation-report-circle-of-trust-strategies");
        Assert.NotEqual(0, strategies.GetProperty("findings").GetArrayLength());
        Assert.NotEqual(0, strategies.GetProperty("topics").GetArrayLength() + strategies.GetProperty("audiences").GetArrayLength());
    }

    [Fact]
    public async Task A_round_comes_with_its_findings_filtered_like_the_page()
    {
        var round = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/monitoring/lanzarote-convention/1?country=HR");

        var findings = round.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("countries").EnumerateArray().Any(c => c.GetString() == "HR"));
        Assert.DoesNotContain(findings, f => f.GetProperty("countries").EnumerateArray().Any(c => c.GetString() == "FR"));
        Assert.Equal(3, round.GetProperty("findingCount").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync("/api/v1/monitoring/lanzarote-convention/42")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hub.CreateClient().GetAsync("/api/v1/monitoring/lanzarote-convention/1?area=x")).StatusCode);
    }
}
