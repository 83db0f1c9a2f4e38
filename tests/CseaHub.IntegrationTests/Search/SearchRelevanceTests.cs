using System.Net.Http.Json;
using System.Text.Json;

namespace CseaHub.IntegrationTests.Search;

/// <summary>
/// The relevance test set (relevance.json): realistic queries in English and French, each with the item a practitioner
/// expects first or in the top three. On a hub of their own: on the shared one, other tests' writes change the index's
/// statistics (how many entries, how long, deleted ones not yet merged away) and with them the scores, which once moved
/// a glossary term from third to fourth for "CSAM".
/// </summary>
public sealed class SearchRelevanceTests(SearchRelevanceTests.BundledDatasetHub own) : IClassFixture<SearchRelevanceTests.BundledDatasetHub>
{
    public static TheoryData<string, string, string, int> Queries =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "relevance.json"))).RootElement
            .EnumerateArray()
            .Select(q => (q.GetProperty("q").GetString()!, q.GetProperty("lang").GetString()!, q.GetProperty("expected").GetString()!, q.GetProperty("within").GetInt32()))];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_expected_item_ranks_where_a_practitioner_needs_it(string query, string language, string expected, int within)
    {
        await own.Hub.SearchCaughtUpAsync();

        var results = await own.Hub.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/v1/search?q={Uri.EscapeDataString(query)}&lang={language}&pageSize=10");

        var keys = results.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("type").GetString()}:{r.GetProperty("slug").GetString()}").ToList();
        var rank = keys.IndexOf(expected) + 1;
        Assert.True(rank is > 0 && rank <= within, $"'{query}': {expected} ranks {(rank == 0 ? "nowhere" : rank)}; top: {string.Join(", ", keys.Take(5))}");
    }

    /// <summary>The hub these tests share with no other test.</summary>
    public sealed class BundledDatasetHub : IAsyncLifetime
    {
        public HubAppFactory Hub { get; } = HubAppFactory.Own();

        public ValueTask InitializeAsync() => Hub.InitializeAsync();

        public ValueTask DisposeAsync() => Hub.DisposeAsync();
    }
}
