using CseaHub.Web.Infrastructure.Caching;
using Microsoft.Extensions.Primitives;

namespace CseaHub.UnitTests.Infrastructure.Caching;

public sealed class FrontCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly KeyValuePair<string, StringValues>[] Html = [new("Content-Type", "text/html; charset=utf-8")];

    private readonly Clock _clock = new();

    [Fact]
    public void An_answer_is_served_until_the_cache_is_cleared()
    {
        var cache = Cache();
        cache.Add(cache.Current, Key("/organisations"), Html, Body(100), TimeSpan.Zero);

        Assert.True(cache.TryGet(cache.Current, Key("/organisations"), out var kept, out _));
        Assert.Equal(100, kept.Body.Length);
        cache.Clear();
        Assert.False(cache.TryGet(cache.Current, Key("/organisations"), out _, out _));
    }

    [Fact]
    public void Addresses_and_encodings_are_kept_apart()
    {
        var cache = Cache();
        var generation = cache.Current;
        cache.Add(generation, Key("/countries/fr", encoding: "br"), Html, Body(10), TimeSpan.Zero);

        Assert.True(cache.TryGet(generation, Key("/countries/fr", encoding: "br"), out _, out _));
        Assert.False(cache.TryGet(generation, Key("/countries/fr", encoding: "gzip"), out _, out _));
        Assert.False(cache.TryGet(generation, Key("/countries/FR", encoding: "br"), out _, out _));
        Assert.False(cache.TryGet(generation, Key("/countries/fr", query: "?page=2", encoding: "br"), out _, out _));
    }

    [Fact]
    public void An_answer_read_before_the_cache_was_cleared_is_not_kept()
    {
        var cache = Cache();
        var readAt = cache.Current;

        cache.Clear();
        cache.Add(readAt, Key("/library"), Html, Body(10), TimeSpan.Zero);

        Assert.False(cache.TryGet(cache.Current, Key("/library"), out _, out _));
    }

    [Fact]
    public void A_full_cache_starts_again_empty_and_keeps_the_new_answer()
    {
        var cache = Cache(sizeLimit: 64 * 1024);
        var generation = cache.Current;
        // Each answer takes its 4,000 bytes and some 400 of headers and bookkeeping: fourteen fit in 64 KiB.
        for (var page = 0; page < 14; page++)
        {
            cache.Add(generation, Key($"/organisations/o{page}"), Html, Body(4000), TimeSpan.Zero);
        }

        Assert.Equal(14, cache.Count);
        cache.Add(generation, Key("/organisations/last"), Html, Body(4000), TimeSpan.Zero);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(cache.Current, Key("/organisations/last"), out _, out _));
    }

    [Fact]
    public void An_answer_larger_than_a_sixteenth_of_the_space_is_left_to_the_output_cache()
    {
        var cache = Cache(sizeLimit: 160 * 1024);
        var generation = cache.Current;

        cache.Add(generation, Key("/instruments/budapest-convention"), Html, Body((10 * 1024) + 1), TimeSpan.Zero);
        cache.Add(generation, Key("/countries/fr"), Html, Body(10 * 1024), TimeSpan.Zero);

        Assert.False(cache.TryGet(generation, Key("/instruments/budapest-convention"), out _, out _));
        Assert.True(cache.TryGet(generation, Key("/countries/fr"), out _, out _));
    }

    [Fact]
    public void An_answer_expires_when_the_output_cache_copy_it_came_from_does()
    {
        var cache = Cache();
        var generation = cache.Current;
        cache.Add(generation, Key("/cooperation"), Html, Body(10), age: TimeSpan.FromMinutes(4));

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(cache.TryGet(generation, Key("/cooperation"), out _, out var age));
        Assert.Equal(TimeSpan.FromMinutes(9), age);

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.TryGet(generation, Key("/cooperation"), out _, out _));
    }

    [Fact]
    public void An_expired_answer_gives_its_place_to_the_next_copy()
    {
        var cache = Cache();
        var generation = cache.Current;
        cache.Add(generation, Key("/about"), Html, Body(10), TimeSpan.Zero);
        _clock.Advance(Lifetime);
        Assert.False(cache.TryGet(generation, Key("/about"), out _, out _));

        cache.Add(generation, Key("/about"), Html, Body(20), TimeSpan.Zero);

        Assert.True(cache.TryGet(generation, Key("/about"), out var fresh, out _));
        Assert.Equal(20, fresh.Body.Length);
    }

    [Fact]
    public void An_answer_already_as_old_as_the_lifetime_is_not_kept()
    {
        var cache = Cache();
        cache.Add(cache.Current, Key("/glossary"), Html, Body(10), Lifetime);

        Assert.Equal(0, cache.Count);
    }

    private FrontCache Cache(long sizeLimit = 8 * 1024 * 1024) =>
        new(new FrontCacheOptions { SizeLimit = sizeLimit }, Lifetime, _clock);

    private static FrontCacheKey Key(string path, string query = "", string encoding = "br") =>
        new("https", "hub.example.org", string.Empty, path, query, encoding);

    private static byte[] Body(int length) => new byte[length];

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
