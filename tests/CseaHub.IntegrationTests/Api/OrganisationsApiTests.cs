using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.IntegrationTests.Api;

public sealed class OrganisationsApiTests(HubAppFactory hub)
{
    [Fact]
    public async Task List_returns_total_and_items_with_the_directory_filters()
    {
        var topic = await hub.AddTopicAsync();
        var wanted = await hub.AddOrganisationAsync("Api wanted", topic, audience: "judiciary", country: "BE");
        await hub.AddOrganisationAsync("Api other", topic, audience: "ngos", country: "BE");

        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/v1/organisations?topic={topic}&audience=judiciary&country=be");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(wanted, item.GetProperty("slug").GetString());
        Assert.Equal("Api wanted", item.GetProperty("name").GetProperty("en").GetString());
    }

    [Fact]
    public async Task Page_size_and_page_split_the_list()
    {
        var topic = await hub.AddTopicAsync();
        for (var i = 0; i < 5; i++)
        {
            await hub.AddOrganisationAsync($"Paged {i}", topic);
        }

        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/organisations?topic={topic}&pageSize=2&page=3");

        Assert.Equal((5, 3, 2), (json.GetProperty("total").GetInt32(), json.GetProperty("page").GetInt32(), json.GetProperty("pageSize").GetInt32()));
        Assert.Equal("Paged 4", Assert.Single(json.GetProperty("items").EnumerateArray()).GetProperty("name").GetProperty("en").GetString());
    }

    [Fact]
    public async Task One_organisation_carries_its_facts_and_sources()
    {
        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/organisations/council-of-europe");

        Assert.Equal("+33388412000", json.GetProperty("phone").GetProperty("value").GetString());
        Assert.Equal("FR", json.GetProperty("address").GetProperty("country").GetString());
        Assert.Equal(5, json.GetProperty("bodies").GetArrayLength());
        var sourceIds = json.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains(json.GetProperty("phone").GetProperty("source").GetString(), sourceIds);
    }

    [Fact]
    public async Task Unknown_slug_is_a_404_problem()
    {
        var response = await hub.CreateClient().GetAsync("/api/v1/organisations/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("audience=astronauts", "audience")]
    [InlineData("country=ZZ", "country")]
    [InlineData("sort=random", "sort")]
    [InlineData("page=2147483647", "page")]
    [InlineData("q=%00", "q")]
    [InlineData("type=%00", "type")]
    [InlineData("country=%00", "country")]
    public async Task Invalid_query_values_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await hub.CreateClient().GetAsync($"/api/v1/organisations?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Drafts_and_professionals_only_entries_are_invisible_to_anonymous_callers()
    {
        var topic = await hub.AddTopicAsync();
        var draft = await hub.AddOrganisationAsync("Api draft", topic, status: ContentStatus.Draft);
        var restricted = await hub.AddOrganisationAsync("Api restricted", topic, visibility: Visibility.Professionals);

        var anonymous = hub.CreateClient();
        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?topic={topic}");

        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/organisations/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/organisations/{restricted}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hub.CreateClientAs(HubRoles.Professional).GetAsync($"/api/v1/organisations/{restricted}")).StatusCode);
    }

    [Fact]
    public async Task Nothing_of_a_professionals_only_section_reaches_anonymous_callers()
    {
        const string url = "/api/v1/organisations/cybercrime-convention-committee";

        var anonymous = await hub.CreateClient().GetStringAsync(url);
        var professional = await hub.CreateClientAs(HubRoles.Professional).GetStringAsync(url);

        // The 24/7 section's key, its title, the sources only it cites and the links that belong with it.
        string[] restricted = ["24-7-network", "24/7 Network points of contact", "coe-24-7-about-poc", "eurojust-sirius-24-7", "\"professionals\""];
        Assert.All(restricted, text => Assert.DoesNotContain(text, anonymous, StringComparison.Ordinal));
        Assert.All(restricted, text => Assert.Contains(text, professional, StringComparison.Ordinal));
        Assert.Empty(JsonDocument.Parse(anonymous).RootElement.GetProperty("gaps").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_api_routes_answer_with_problem_details()
    {
        var response = await hub.CreateClient().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
