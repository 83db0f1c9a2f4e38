using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Search;

namespace CseaHub.UnitTests.Pages.Search;

public sealed class BodyLabelCacheTests
{
    private readonly BodyLabelCache _cache = new();
    private readonly List<IReadOnlyList<string>> _reads = [];

    [Fact]
    public async Task Only_the_names_not_yet_kept_are_read()
    {
        await _cache.GetOrLoadAsync(false, ["europol", "eurojust"], Database("name"));
        var names = await _cache.GetOrLoadAsync(false, ["europol", "interpol", "europol"], Database("name"));

        Assert.Equal([["europol", "eurojust"], ["interpol"]], _reads);
        Assert.Equal(["europol", "interpol"], names.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_forgotten_organisation_is_read_again_and_the_others_are_kept()
    {
        await _cache.GetOrLoadAsync(false, ["europol", "eurojust"], Database("old"));
        await _cache.GetOrLoadAsync(true, ["europol"], Database("old"));

        _cache.Forget(["europol"]);
        var anonymous = await _cache.GetOrLoadAsync(false, ["europol", "eurojust"], Database("new"));
        var vetted = await _cache.GetOrLoadAsync(true, ["europol"], Database("new"));

        Assert.Equal("new europol", anonymous["europol"].En);
        Assert.Equal("old eurojust", anonymous["eurojust"].En);
        Assert.Equal("new europol", vetted["europol"].En);
    }

    [Fact]
    public async Task Each_kind_of_reader_has_its_own_names()
    {
        await _cache.GetOrLoadAsync(true, ["task-force"], Database("name"));
        var anonymous = await _cache.GetOrLoadAsync(false, ["task-force"], _ => Task.FromResult<IReadOnlyDictionary<string, LocalisedText>>(
            new Dictionary<string, LocalisedText>()));

        Assert.Empty(anonymous);
    }

    [Fact]
    public async Task A_name_not_found_is_not_kept()
    {
        await _cache.GetOrLoadAsync(false, ["no-such-body"], _ => Task.FromResult<IReadOnlyDictionary<string, LocalisedText>>(
            new Dictionary<string, LocalisedText>()));
        var names = await _cache.GetOrLoadAsync(false, ["no-such-body"], Database("created since"));

        Assert.Equal("created since no-such-body", names["no-such-body"].En);
    }

    [Fact]
    public async Task A_name_read_while_its_organisation_changes_is_never_served_after_the_change()
    {
        var slowRead = new TaskCompletionSource<IReadOnlyDictionary<string, LocalisedText>>();
        var racing = _cache.GetOrLoadAsync(false, ["europol"], _ => slowRead.Task);

        _cache.Forget(["europol"]);
        slowRead.SetResult(new Dictionary<string, LocalisedText> { ["europol"] = new("before the change") });
        Assert.Equal("before the change", (await racing)["europol"].En);

        var after = await _cache.GetOrLoadAsync(false, ["europol"], Database("after the change"));
        Assert.Equal("after the change europol", after["europol"].En);
    }

    [Fact]
    public async Task A_change_that_names_no_organisation_keeps_the_names_being_read()
    {
        var slowRead = new TaskCompletionSource<IReadOnlyDictionary<string, LocalisedText>>();
        var racing = _cache.GetOrLoadAsync(false, ["europol"], _ => slowRead.Task);

        _cache.Forget([]);
        slowRead.SetResult(new Dictionary<string, LocalisedText> { ["europol"] = new("read once") });
        await racing;

        Assert.Equal("read once", (await _cache.GetOrLoadAsync(false, ["europol"], Database("read again")))["europol"].En);
    }

    [Fact]
    public async Task Clearing_drops_every_name()
    {
        await _cache.GetOrLoadAsync(false, ["europol", "eurojust"], Database("old"));

        _cache.Clear();
        var names = await _cache.GetOrLoadAsync(false, ["europol", "eurojust"], Database("new"));

        Assert.All(names.Values, name => Assert.StartsWith("new ", name.En, StringComparison.Ordinal));
    }

    /// <summary>A database that names each organisation asked for "<paramref name="prefix"/> slug" and records the read.</summary>
    private Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, LocalisedText>>> Database(string prefix) => slugs =>
    {
        _reads.Add(slugs);
        return Task.FromResult<IReadOnlyDictionary<string, LocalisedText>>(
            slugs.ToDictionary(s => s, s => new LocalisedText($"{prefix} {s}"), StringComparer.Ordinal));
    };
}
