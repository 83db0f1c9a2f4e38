using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CseaHub.IntegrationTests.Api;

public sealed class CountriesApiTests(HubAppFactory hub)
{
    [Fact]
    public async Task The_list_marks_Council_of_Europe_and_EU_members()
    {
        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/countries");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(46, items.Count(c => c.GetProperty("coeMemberSince").ValueKind == JsonValueKind.String));
        Assert.Equal(27, items.Count(c => c.GetProperty("euMemberSince").ValueKind == JsonValueKind.String));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("FR")]
    public async Task One_country_shows_its_standing_with_every_instrument(string code)
    {
        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/countries/{code}");

        var lanzarote = json.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == "lanzarote-convention");
        Assert.Equal("ratified", lanzarote.GetProperty("status").GetString());
        Assert.Contains(json.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("slug").GetString() == "council-of-europe");
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("fra")]
    [InlineData("1a")]
    public async Task Unknown_codes_are_a_404_problem(string code)
    {
        var response = await hub.CreateClient().GetAsync($"/api/v1/countries/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
