using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CseaHub.IntegrationTests.Search;

/// <summary>Watches the hub's search API, as an anonymous reader, for a change to show.</summary>
internal static class SearchProbe
{
    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={Uri.EscapeDataString(query)}");

    /// <summary>Waits until a search for <paramref name="query"/> finds <paramref name="expected"/> results; fails after <paramref name="deadline"/>.</summary>
    public static async Task<TimeSpan> UntilTotalAsync(this HubAppFactory hub, string query, int expected, TimeSpan deadline)
    {
        using var client = hub.CreateClient();
        var watch = Stopwatch.StartNew();
        int total;
        do
        {
            total = (await client.SearchAsync(query)).GetProperty("total").GetInt32();
            if (total == expected)
            {
                return watch.Elapsed;
            }

            await Task.Delay(25);
        }
        while (watch.Elapsed < deadline);

        Assert.Fail($"'{query}': {total} results after {watch.ElapsedMilliseconds} ms, expected {expected}");
        return watch.Elapsed;
    }

    /// <summary>A made-up word no bundled text contains, so a hit can only be the test's own item.</summary>
    public static string UniqueWord() => "zq" + Guid.NewGuid().ToString("N")[..10];
}
