using System.Net.Http.Json;
using System.Text.Json;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.IntegrationTests.Search;

/// <summary>Search answers are cached per index state (a repeated search is among PageCacheTests' URLs): never stale, never shared with professionals.</summary>
public sealed class SearchCachingTests(HubAppFactory hub)
{
    [Fact]
    public async Task A_change_is_searchable_at_once_even_after_the_same_search_was_cached()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        await hub.SearchCaughtUpAsync();
        var client = hub.CreateClient();
        Assert.Equal(0, await TotalAsync(client, word));
        Assert.Equal(0, await TotalAsync(client, word));

        await hub.AddOrganisationAsync($"Observatory {word}");
        await hub.SearchCaughtUpAsync();

        Assert.Equal(1, await TotalAsync(client, word));
    }

    [Fact]
    public async Task Answers_for_vetted_professionals_are_never_cached_nor_served_from_the_anonymous_cache()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        await hub.AddOrganisationAsync($"Task force {word}", visibility: Visibility.Professionals);
        await hub.SearchCaughtUpAsync();
        var anonymous = hub.CreateClient();
        var professional = hub.CreateClientAs(HubRoles.Professional);
        var (_, cachedAnonymous, url) = await hub.ReadTwiceAsync(anonymous, $"/api/v1/search?q={word}");
        await professional.GetAsync(url);
        using var secondProfessional = await professional.GetAsync(url);

        Assert.True(cachedAnonymous.Headers.Age.HasValue);
        Assert.Equal(0, (await cachedAnonymous.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
        Assert.False(secondProfessional.Headers.Age.HasValue);
        Assert.Equal(1, (await secondProfessional.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_english_and_french_search_pages_are_cached_apart()
    {
        await hub.SearchCaughtUpAsync();
        var client = hub.CreateClient();
        var query = $"?q=grooming&x={Guid.NewGuid():N}";

        await client.GetStringAsync("/search" + query);
        var french = await client.GetStringAsync("/fr/search" + query);
        var english = await client.GetStringAsync("/search" + query);

        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(HttpClient client, string word) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={word}")).GetProperty("total").GetInt32();
}
