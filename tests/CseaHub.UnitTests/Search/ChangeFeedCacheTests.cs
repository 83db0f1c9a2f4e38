using CseaHub.Web.Search;

namespace CseaHub.UnitTests.Search;

public sealed class ChangeFeedCacheTests
{
    private readonly ChangeFeedCache<string, string> _cache = new();

    [Fact]
    public async Task A_value_is_read_once_until_the_cache_is_dropped()
    {
        var reads = 0;
        Task<string> Load() => Task.FromResult($"read {++reads}");

        var first = await _cache.GetOrLoadAsync("en", Load);
        var second = await _cache.GetOrLoadAsync("en", Load);
        _cache.Invalidate();
        var third = await _cache.GetOrLoadAsync("en", Load);

        Assert.Equal(["read 1", "read 1", "read 2"], new[] { first, second, third });
    }

    [Fact]
    public async Task A_value_read_while_a_change_lands_is_never_served_after_it()
    {
        var slowRead = new TaskCompletionSource<string>();
        var racing = _cache.GetOrLoadAsync("en", () => slowRead.Task);

        _cache.Invalidate();
        slowRead.SetResult("before the change");
        await racing;

        Assert.Equal("after the change", await _cache.GetOrLoadAsync("en", () => Task.FromResult("after the change")));
    }
}
