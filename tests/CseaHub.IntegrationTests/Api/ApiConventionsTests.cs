using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.Tests;

namespace CseaHub.IntegrationTests.Api;

/// <summary>What every API list and answer shares: paging with Link headers, ETags, CORS for public reads.</summary>
public sealed class ApiConventionsTests(HubAppFactory hub)
{
    public static TheoryData<string> Lists =>
    [
        "/api/v1/organisations", "/api/v1/instruments", "/api/v1/countries", "/api/v1/documents", "/api/v1/monitoring",
        "/api/v1/taxonomies/audiences", "/api/v1/taxonomies/topics", "/api/v1/taxonomies/organisation-types",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_pages_with_a_total_and_links_that_walk_it_whole(string list)
    {
        var client = hub.CreateClient();

        // Other tests add and edit records in the shared hub: a walk they disturbed (the total moved, or an edit moved a
        // record between pages) is walked again; a paging fault fails every walk.
        for (var attempt = 0; ; attempt++)
        {
            var (totals, seen) = await WalkAsync(client, $"{list}?pageSize=2");
            if ((totals.Distinct().Count() > 1 || seen.Distinct().Count() != totals[0]) && attempt < 5)
            {
                continue;
            }

            Assert.Single(totals.Distinct());
            Assert.Equal(totals[0], seen.Count);
            Assert.Equal(totals[0], seen.Distinct().Count());
            return;
        }
    }

    /// <summary>Follows the next links from <paramref name="start"/>: each page's total (body and header) and every item seen.</summary>
    private static async Task<(List<int> Totals, List<string> Seen)> WalkAsync(HttpClient client, string start)
    {
        var totals = new List<int>();
        var seen = new List<string>();
        for (var next = start; next is not null;)
        {
            var response = await client.GetAsync(next);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            var total = json.GetProperty("total").GetInt32();
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            Assert.Equal(2, json.GetProperty("pageSize").GetInt32());
            totals.Add(total);
            seen.AddRange(json.GetProperty("items").EnumerateArray().Select(item => item.GetRawText()));
            next = LinkOf(response, "next");
            Assert.NotNull(LinkOf(response, "first"));
            Assert.NotNull(LinkOf(response, "last"));
        }

        return (totals, seen);
    }

    [Fact]
    public async Task Links_keep_the_callers_filters_and_point_at_neighbouring_pages()
    {
        var response = await hub.CreateClient().GetAsync("/api/v1/countries?pageSize=5&page=2");

        Assert.Equal("/api/v1/countries?pageSize=5&page=1", LinkOf(response, "prev"));
        Assert.Equal("/api/v1/countries?pageSize=5&page=3", LinkOf(response, "next"));
        Assert.Equal("/api/v1/organisations?type=ngo&pageSize=1&page=1",
            LinkOf(await hub.CreateClient().GetAsync("/api/v1/organisations?type=ngo&pageSize=1"), "first"));
    }

    [Theory]
    [InlineData("/api/v1/instruments?page=0")]
    [InlineData("/api/v1/countries?pageSize=1001")]
    [InlineData("/api/v1/monitoring?pageSize=two")]
    [InlineData("/api/v1/taxonomies/topics?page=-1")]
    public async Task Bad_paging_values_are_a_400_problem_that_names_the_parameter(string url)
    {
        var response = await hub.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("page", out _) || errors.TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task A_taxonomy_the_hub_does_not_have_is_a_404_problem()
    {
        var response = await hub.CreateClient().GetAsync("/api/v1/taxonomies/colours");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_taxonomies_list_names_each_vocabulary_and_each_serves_its_bundled_terms_in_both_languages()
    {
        var client = hub.CreateClient();
        var taxonomies = await client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomies");

        Assert.Equal(["organisation-types", "audiences", "topics"], taxonomies.EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        foreach (var taxonomy in taxonomies.EnumerateArray())
        {
            var bundled = JsonDocument.Parse(File.ReadAllText(
                Path.Combine(RepositoryPaths.Dataset, "taxonomies", taxonomy.GetProperty("key").GetString() + ".json"))).RootElement;
            var served = (await client.GetFromJsonAsync<JsonElement>(taxonomy.GetProperty("url").GetString()))
                .GetProperty("items").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("label"));

            Assert.True(taxonomy.GetProperty("terms").GetInt32() >= bundled.GetArrayLength());
            Assert.All(bundled.EnumerateArray(), term =>
            {
                var label = served[term.GetProperty("key").GetString()!];
                Assert.Equal(term.GetProperty("label").GetProperty("en").GetString(), label.GetProperty("en").GetString());
                Assert.Equal(term.GetProperty("label").GetProperty("fr").GetString(), label.GetProperty("fr").GetString());
            });
        }
    }

    [Theory]
    [InlineData("/api/v1/organisations/council-of-europe")]
    [InlineData("/api/v1/organisations?type=ngo")]
    [InlineData("/api/v1/search?q=lanzarote")]
    [InlineData("/openapi/v1.json")]
    public async Task An_unchanged_answer_is_a_304_without_a_body_when_its_etag_comes_back(string url)
    {
        var client = hub.CreateClient();

        // Other tests add records to the shared hub: an answer that changed between the two reads is rightly a 200.
        for (var attempt = 0; ; attempt++)
        {
            var first = await client.GetAsync(url);
            var tag = first.Headers.ETag;
            Assert.NotNull(tag);
            Assert.False(tag.IsWeak);

            var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", {tag}");
            var notModified = await client.SendAsync(again);
            if (notModified.StatusCode == HttpStatusCode.OK && !tag.Equals(notModified.Headers.ETag) && attempt < 5)
            {
                continue;
            }

            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
            Assert.Equal(tag, notModified.Headers.ETag);
            return;
        }
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("*")]
    public async Task A_cached_answer_keeps_its_etag_and_matches_it_weakly_or_by_star(string ifNoneMatch)
    {
        var client = hub.CreateClient();
        const string url = "/api/v1/countries?pageSize=3";
        var first = await client.GetAsync(url);
        var cached = await client.GetAsync(url);
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await cached.Content.ReadAsStringAsync());

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", string.Format(CultureInfo.InvariantCulture, ifNoneMatch, first.Headers.ETag!.Tag));
        var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(first.Headers.ETag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task A_different_answer_has_a_different_etag_and_a_stale_one_gets_the_full_answer()
    {
        var client = hub.CreateClient();
        var page1 = await client.GetAsync("/api/v1/countries?pageSize=5&page=1");
        var page2 = await client.GetAsync("/api/v1/countries?pageSize=5&page=2");
        Assert.NotEqual(page1.Headers.ETag, page2.Headers.ETag);

        var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries?pageSize=5&page=2");
        stale.Headers.IfNoneMatch.Add(page1.Headers.ETag!);
        var response = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await page2.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Errors_carry_no_etag()
    {
        var response = await hub.CreateClient().GetAsync("/api/v1/organisations/no-such-organisation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Any_site_may_read_the_public_api_but_never_with_the_readers_cookies()
    {
        var client = hub.CreateClient();
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/instruments");
        read.Headers.Add("Origin", "https://partner.example");
        var response = await client.SendAsync(read);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/instruments");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var allowed = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Pages_and_forms_are_not_opened_to_other_sites()
    {
        var read = new HttpRequestMessage(HttpMethod.Get, "/organisations");
        read.Headers.Add("Origin", "https://partner.example");

        var response = await hub.CreateClient().SendAsync(read);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static string? LinkOf(HttpResponseMessage response, string relation) =>
        response.Headers.TryGetValues("Link", out var values)
            ? values.SelectMany(v => v.Split(", ")).Select(link => link.Split("; "))
                .Where(parts => parts[1] == $"rel=\"{relation}\"").Select(parts => parts[0].Trim('<', '>')).FirstOrDefault()
            : null;
}
