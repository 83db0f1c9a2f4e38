using System.Net;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CseaHub.IntegrationTests.Pages;

/// <summary>
/// What everyone reads is kept in the output cache until the content changes (the change feed moves on); nothing a
/// signed-in reader sees and no page with a form that posts is ever kept.
/// </summary>
public sealed class PageCacheTests(HubAppFactory hub)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/organisations?audience=law-enforcement&country=FR")]
    [InlineData("/organisations/council-of-europe")]
    [InlineData("/fr/organisations/council-of-europe")]
    [InlineData("/instruments/lanzarote-convention")]
    [InlineData("/countries/fr")]
    [InlineData("/library")]
    [InlineData("/monitoring")]
    [InlineData("/glossary")]
    [InlineData("/about")]
    [InlineData("/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28")]
    [InlineData("/api/v1/organisations/council-of-europe")]
    [InlineData("/api/v1/search?q=grooming&pageSize=3&page=1&lang=en&country=FR")]
    [InlineData("/search?q=grooming")]
    [InlineData("/api/v1/cooperation?from=FR&to=RO&measure=subscriber-info&date=2026-11-28")]
    public async Task A_public_page_read_again_is_served_from_the_cache(string url)
    {
        var (first, second, _) = await hub.ReadTwiceAsync(hub.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age.HasValue, "the second answer should come from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/suggest")]
    [InlineData("/fr/suggest")]
    public async Task A_page_with_a_form_that_posts_is_never_cached(string url)
    {
        var client = hub.CreateClient();
        await hub.SearchCaughtUpAsync();
        await client.GetAsync(url);

        using var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_professionals_only_section_is_neither_kept_from_a_professional_nor_shown_from_the_cache()
    {
        var word = Search.SearchProbe.UniqueWord();
        var slug = await hub.AddOrganisationWithProfessionalsDeskAsync("Cached unit " + word, word);
        var professional = hub.CreateClientAs(HubRoles.Professional);

        // Read by a professional first: nothing of it may be kept for the anonymous reader after.
        var readFirst = $"/organisations/{slug}?reader={Guid.NewGuid():N}";
        await professional.GetAsync(readFirst);
        using var again = await professional.GetAsync(readFirst);
        using var anonymousAfter = await hub.CreateClient().GetAsync(readFirst);

        // Kept for anonymous readers first: the professional is not served the kept copy.
        var (_, cached, cachedUrl) = await hub.ReadTwiceAsync(hub.CreateClient(), $"/organisations/{slug}");
        using var professionalAfter = await professional.GetAsync(cachedUrl);

        Assert.False(again.Headers.Age.HasValue);
        Assert.Contains($"Call the {word} desk", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(word + " desk", await anonymousAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(cached.Headers.Age.HasValue);
        Assert.DoesNotContain(word + " desk", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(professionalAfter.Headers.Age.HasValue);
        Assert.Contains($"Call the {word} desk", await professionalAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_profile_shows_a_change_once_the_node_has_seen_it()
    {
        var slug = await hub.AddOrganisationAsync("Cached observatory");
        var (_, cached, url) = await hub.ReadTwiceAsync(hub.CreateClient(), $"/organisations/{slug}");
        Assert.True(cached.Headers.Age.HasValue);
        var renamed = "Renamed observatory " + Search.SearchProbe.UniqueWord();

        await hub.WithDatabaseAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Slug == slug)).Name = new LocalisedText(renamed);
            await db.SaveChangesAsync();
        });
        await hub.SearchCaughtUpAsync();

        Assert.Contains(renamed, await hub.CreateClient().GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_cache_keeps_as_much_as_its_setting_says_and_32_MiB_without_one()
    {
        await using var sized = HubAppFactory.WithSettings(new Dictionary<string, string?> { ["OutputCache:SizeLimitMiB"] = "3" });

        Assert.Equal(3L * 1024 * 1024, sized.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
        Assert.Equal(32L * 1024 * 1024, hub.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("lots")]
    public async Task A_page_cache_size_that_is_not_a_positive_number_stops_the_hub_naming_the_setting(string size)
    {
        var refused = await HubAppFactory.StartFailureWithAsync("OutputCache:SizeLimitMiB", size);

        Assert.NotNull(refused);
        Assert.Contains("OutputCache:SizeLimitMiB", refused.ToString(), StringComparison.Ordinal);
    }
}
