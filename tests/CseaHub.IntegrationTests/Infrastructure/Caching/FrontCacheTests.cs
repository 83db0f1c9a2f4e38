using System.Net;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.Tests;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Infrastructure.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CseaHub.IntegrationTests.Infrastructure.Caching;

/// <summary>
/// An anonymous read repeated after the output cache served it once is answered before the pipeline
/// (<see cref="FrontCacheMiddleware"/>). The search limit shows which requests reached the pipeline: only those count.
/// </summary>
public sealed class FrontCacheTests(HubAppFactory hub)
{
    private const string Search = "/search?q=grooming";

    [Fact]
    public async Task A_read_repeated_after_the_output_cache_served_it_is_answered_from_the_front_as_the_pipeline_sent_it()
    {
        await using var limited = await SearchLimitedHubAsync(perMinute: 2);
        var client = Reader(limited);

        using var rendered = await client.SendAsync(EncodedRequests.Get(Search, "br"), TestContext.Current.CancellationToken);
        using var fromTheOutputCache = await client.SendAsync(EncodedRequests.Get(Search, "br"), TestContext.Current.CancellationToken);
        var again = new List<HttpResponseMessage>();
        for (var read = 0; read < 5; read++)
        {
            again.Add(await client.SendAsync(EncodedRequests.Get(Search, "br"), TestContext.Current.CancellationToken));
        }

        using var otherQuery = await client.GetAsync("/search?q=sextortion", TestContext.Current.CancellationToken);

        var body = await rendered.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.False(rendered.Headers.Age.HasValue);
        Assert.All(again.Prepend(fromTheOutputCache), response =>
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Age.HasValue);
            Assert.Equal(body, response.Content.ReadAsByteArrayAsync().Result);
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Equal(rendered.Content.Headers.ContentType, response.Content.Headers.ContentType);
            Assert.Equal(rendered.Headers.Vary, response.Headers.Vary);
            Assert.Equal(rendered.Headers.GetValues("Content-Security-Policy"), response.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, otherQuery.StatusCode);
        again.ForEach(response => response.Dispose());
    }

    [Theory]
    [InlineData("Cookie", "theme=dark")]
    [InlineData("Authorization", "Bearer chub_not-a-token")]
    [InlineData("Origin", "https://partner.example.org")]
    [InlineData("If-None-Match", "\"some-tag\"")]
    [InlineData("If-Modified-Since", "Tue, 01 Dec 2026 00:00:00 GMT")]
    [InlineData("Range", "bytes=0-99")]
    [InlineData(TestAuthentication.RoleHeader, HubRoles.Professional)]
    public async Task A_request_that_may_name_a_reader_or_asks_conditionally_is_left_to_the_pipeline(string header, string value)
    {
        await using var limited = await SearchLimitedHubAsync(perMinute: 2);
        var client = Reader(limited);
        using var rendered = await client.GetAsync(Search, TestContext.Current.CancellationToken);
        using var fromTheOutputCache = await client.GetAsync(Search, TestContext.Current.CancellationToken);
        using var fromTheFront = await client.GetAsync(Search, TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, Search);
        request.Headers.TryAddWithoutValidation(header, value);
        using var withHeader = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, fromTheFront.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, withHeader.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_professional_is_shown_the_whole_profile_not_the_copy_kept_for_everyone()
    {
        var word = IntegrationTests.Search.SearchProbe.UniqueWord();
        var slug = await hub.AddOrganisationWithProfessionalsDeskAsync("Front unit " + word, word);
        var (_, fromTheOutputCache, url) = await hub.ReadTwiceAsync(hub.CreateClient(), $"/organisations/{slug}");
        fromTheOutputCache.Dispose();
        using var kept = await hub.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        var email = await hub.AddAccountAsync(HubRoles.Professional);
        var professional = hub.CreateAccountClient();
        Assert.Equal(HttpStatusCode.Redirect, (await professional.SignInAsync(email, AccountTestData.Password)).StatusCode);

        using var signedIn = await professional.Http.GetAsync(url, TestContext.Current.CancellationToken);
        using var anonymousAgain = await hub.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(word + " desk", await kept.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains($"Call the {word} desk", await signedIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(signedIn.Headers.Age.HasValue);
        Assert.DoesNotContain(word + " desk", await anonymousAgain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_space_every_read_goes_through_the_pipeline()
    {
        await using var off = await SearchLimitedHubAsync(perMinute: 2, frontCacheMiB: "0");
        var client = Reader(off);

        using var rendered = await client.GetAsync(Search, TestContext.Current.CancellationToken);
        using var fromTheOutputCache = await client.GetAsync(Search, TestContext.Current.CancellationToken);
        using var again = await client.GetAsync(Search, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, fromTheOutputCache.StatusCode);
        Assert.True(fromTheOutputCache.Headers.Age.HasValue);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }

    [Fact]
    public async Task The_front_cache_keeps_as_much_as_its_setting_says_and_8_MiB_without_one()
    {
        await using var sized = HubAppFactory.WithSettings(new Dictionary<string, string?> { ["FrontCache:SizeLimitMiB"] = "2" });

        Assert.Equal(2L * 1024 * 1024, sized.Services.GetRequiredService<FrontCache>().SizeLimit);
        Assert.Equal(8L * 1024 * 1024, hub.Services.GetRequiredService<IOptions<FrontCacheOptions>>().Value.SizeLimit);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    public async Task A_front_cache_size_that_is_not_a_number_of_MiB_stops_the_hub_naming_the_setting(string size)
    {
        var refused = await HubAppFactory.StartFailureWithAsync("FrontCache:SizeLimitMiB", size);

        Assert.NotNull(refused);
        Assert.Contains("FrontCache:SizeLimitMiB", refused.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HubAppFactory> SearchLimitedHubAsync(int perMinute, string? frontCacheMiB = null)
    {
        var limited = HubAppFactory.WithSettings(new Dictionary<string, string?>
        {
            ["RateLimits:SearchPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FrontCache:SizeLimitMiB"] = frontCacheMiB,
        });
        await limited.InitializeAsync();
        await limited.SearchCaughtUpAsync();
        return limited;
    }

    // An address of its own: the search limit is counted per address.
    private static HttpClient Reader(HubAppFactory hub)
    {
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, TestRemoteAddress.NewAddress());
        return client;
    }
}
