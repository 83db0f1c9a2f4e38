using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.Tests;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.IntegrationTests.Api;

public sealed class InstrumentsApiTests(HubAppFactory hub)
{
    [Fact]
    public async Task The_list_holds_every_bundled_instrument_and_no_draft()
    {
        var draft = await hub.AddInstrumentAsync("Api draft instrument", ContentStatus.Draft);

        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/instruments");

        var slugs = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), slugs.Count);
        Assert.All(Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "instruments")).Select(Path.GetFileNameWithoutExtension), slug => Assert.Contains(slug, slugs));
        Assert.DoesNotContain(draft, slugs);
    }

    [Fact]
    public async Task One_instrument_carries_its_parties_and_counts_computed_from_them()
    {
        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/instruments/lanzarote-convention");

        var parties = json.GetProperty("parties").EnumerateArray().ToList();
        Assert.Equal(parties.Count(p => p.GetProperty("status").GetString() == "ratified"), json.GetProperty("counts").GetProperty("ratified").GetInt32());
        Assert.Equal(48, json.GetProperty("counts").GetProperty("ratified").GetInt32());
        Assert.Equal("lanzarote-committee", json.GetProperty("monitoringBody").GetProperty("slug").GetString());
        Assert.All(parties, p => Assert.NotEqual(0, p.GetProperty("sources").GetArrayLength()));
        Assert.Empty(json.GetProperty("gaps").EnumerateArray());
    }

    [Fact]
    public async Task An_instrument_without_state_data_has_no_counts_rather_than_zeros()
    {
        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/instruments/echr");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("counts").ValueKind);
        Assert.Empty(json.GetProperty("parties").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_and_restricted_instruments_are_a_404_problem_for_anonymous_callers()
    {
        var restricted = await hub.AddInstrumentAsync("Api restricted instrument", visibility: Visibility.Professionals);

        foreach (var slug in new[] { "no-such-instrument", restricted })
        {
            var response = await hub.CreateClient().GetAsync($"/api/v1/instruments/{slug}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.OK, (await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional).GetAsync($"/api/v1/instruments/{restricted}")).StatusCode);
    }
}
