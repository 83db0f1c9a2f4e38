using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CseaHub.IntegrationTests.Cooperation;

/// <summary>
/// The navigator's case table (navigator-cases.json): pairs of states, measures and dates with the routes a practitioner
/// should be told about, each case citing the treaty facts it rests on. Run through the API against the bundled dataset.
/// </summary>
public sealed class NavigatorCasesTests(HubAppFactory hub)
{
    private static readonly JsonElement[] Cases =
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cooperation", "navigator-cases.json")))
            .RootElement.GetProperty("cases").EnumerateArray()];

    public static TheoryData<string> Names => [.. Cases.Select(c => c.GetProperty("name").GetString()!)];

    [Fact]
    public void The_table_holds_at_least_25_cases_each_with_its_basis()
    {
        Assert.True(Cases.Length >= 25, $"only {Cases.Length} cases");
        Assert.All(Cases.Where(c => !c.TryGetProperty("status", out _)), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("basis").GetString())));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_navigator_answers_as_the_treaty_facts_say(string name)
    {
        var @case = Cases.Single(c => c.GetProperty("name").GetString() == name);
        var response = await hub.CreateClient().GetAsync("/api/v1/cooperation?" + @case.GetProperty("query").GetString());

        if (@case.TryGetProperty("status", out var status))
        {
            Assert.Equal((HttpStatusCode)status.GetInt32(), response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var message = problem.GetProperty("errors").GetProperty(@case.GetProperty("errorField").GetString()!)[0].GetString()!;
            if (@case.TryGetProperty("errorContains", out var fragment))
            {
                Assert.Contains(fragment.GetString()!, message, StringComparison.Ordinal);
            }

            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var routes = answer.GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("slug").GetString()!);
        var order = answer.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("slug").GetString()).ToList();
        var listing = string.Join("; ", order.Select(slug => $"{slug}={routes[slug!].GetProperty("availability").GetString()}"));

        if (@case.TryGetProperty("first", out var first))
        {
            Assert.True(first.GetString() == order[0], $"expected {first} first; got {listing}");
        }

        foreach (var expected in @case.GetProperty("expect").EnumerateObject())
        {
            Assert.True(routes.ContainsKey(expected.Name), $"{expected.Name} missing; got {listing}");
            var route = routes[expected.Name];
            Assert.True(expected.Value.GetString() == route.GetProperty("availability").GetString(), $"{expected.Name}: expected {expected.Value}; got {listing}");
            Assert.Equal(expected.Value.GetString() == "available", route.GetProperty("available").GetBoolean());
        }

        foreach (var (property, field) in new[] { ("since", "availableSince"), ("from", "availableFrom") })
        {
            if (@case.TryGetProperty(property, out var dates))
            {
                foreach (var date in dates.EnumerateObject())
                {
                    Assert.Equal(date.Value.GetString(), routes[date.Name].GetProperty(field).GetString());
                }
            }
        }

        if (@case.TryGetProperty("reasons", out var reasons))
        {
            foreach (var reason in reasons.EnumerateArray())
            {
                var given = routes[reason.GetProperty("route").GetString()!].GetProperty("reasons").EnumerateArray().ToList();
                var code = reason.GetProperty("code").GetString();
                var state = reason.TryGetProperty("state", out var s) ? s.GetString() : null;
                Assert.True(
                    given.Any(g => g.GetProperty("code").GetString() == code && (state is null || g.GetProperty("state").GetString() == state)),
                    $"{reason}: not among {string.Join(", ", given.Select(g => g.GetProperty("text").GetString()))}");
            }
        }

        if (@case.TryGetProperty("reasonsExactly", out var exactly))
        {
            foreach (var route in exactly.EnumerateObject())
            {
                Assert.Equal(
                    route.Value.EnumerateArray().Select(c => c.GetString()),
                    routes[route.Name].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
            }
        }

        if (@case.TryGetProperty("absent", out var absent))
        {
            Assert.All(absent.EnumerateArray(), a => Assert.DoesNotContain(a.GetString()!, routes.Keys));
        }

        if (@case.TryGetProperty("emergency", out var emergency))
        {
            Assert.Equal(emergency.GetBoolean(), answer.GetProperty("emergency").GetBoolean());
        }

        if (@case.TryGetProperty("noneAvailable", out _))
        {
            Assert.DoesNotContain(routes.Values, r => r.GetProperty("available").GetBoolean());
        }
    }
}
