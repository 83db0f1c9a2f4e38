using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CseaHub.IntegrationTests.Search;

public sealed class SearchApiTests(HubAppFactory hub)
{
    [Fact]
    public async Task A_search_answers_results_facets_and_the_glossary_terms_it_added()
    {
        await hub.SearchCaughtUpAsync();

        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=p%C3%A9dopornographie&lang=fr");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var first = json.GetProperty("results")[0];
        foreach (var property in new[] { "type", "slug", "title", "url", "snippet", "score" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }

        Assert.Contains(json.GetProperty("expandedTerms").EnumerateArray(), t => t.GetProperty("alsoSearched").EnumerateArray().Any(n => n.GetString() == "child sexual abuse material"));
        var types = json.GetProperty("facets").GetProperty("type").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), types.Sum(t => t.GetProperty("count").GetInt32()));
        Assert.All(types, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("label").GetString())));
    }

    [Fact]
    public async Task An_address_over_the_search_limit_is_told_to_wait_in_problem_details_and_on_the_page()
    {
        await using var limited = HubAppFactory.WithSettings(new Dictionary<string, string?> { ["RateLimits:SearchPerMinute"] = "3" });
        await limited.InitializeAsync();
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add(CseaHub.Tests.TestRemoteAddress.Header, CseaHub.Tests.TestRemoteAddress.NewAddress());

        // Distinct searches: the same one again may be answered from the front cache, which runs no search.
        foreach (var query in new[] { "grooming", "sextortion", "extradition" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/search?q={query}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q={query}")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/search?q=evidence");
        var page = await client.GetAsync("/search?q=evidence");
        var otherAddress = limited.CreateClient();
        otherAddress.DefaultRequestHeaders.Add(CseaHub.Tests.TestRemoteAddress.Header, CseaHub.Tests.TestRemoteAddress.NewAddress());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherAddress.GetAsync("/api/v1/search?q=grooming")).StatusCode);
    }

    [Fact]
    public async Task Facet_counts_agree_with_the_results_of_the_filtered_search()
    {
        await hub.SearchCaughtUpAsync();
        var client = hub.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=children");
        var types = all.GetProperty("facets").GetProperty("type").EnumerateArray().ToList();

        Assert.True(types.Count > 1, "a broad query should span several types");
        foreach (var facet in types)
        {
            var value = facet.GetProperty("value").GetString();
            var filtered = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=children&type={value}");
            Assert.Equal(facet.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
        }
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("title_en:secret OR view:professional")]
    [InlineData("a~~~^9 [x TO y] {z} \\ / ! ( ) :")]
    [InlineData("the of and")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Query_syntax_and_hostile_text_get_a_safe_answer_never_an_error(string query)
    {
        var response = await hub.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Titles are plain text in JSON; snippets are HTML, so any markup from content arrives escaped.
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.All(json.GetProperty("results").EnumerateArray(),
            r => Assert.DoesNotContain("<script", r.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("lang=de", "lang")]
    [InlineData("type=spaceship", "type")]
    [InlineData("year=last", "year")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("country=XX", "country")]
    [InlineData("for=astronauts", "for")]
    public async Task Bad_parameters_get_problem_details_naming_them(string query, string parameter)
    {
        var response = await hub.CreateClient().GetAsync($"/api/v1/search?q=grooming&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_is_refused_clearly()
    {
        var response = await hub.CreateClient().GetAsync($"/api/v1/search?q={new string('a', 10_240)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_misspelt_query_still_finds_and_suggests_the_right_word()
    {
        await hub.SearchCaughtUpAsync();

        var json = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=groming");

        Assert.True(json.GetProperty("approximate").GetBoolean());
        Assert.Equal("grooming", json.GetProperty("didYouMean").GetString());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
    }
}
