using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.UnitTests.Search;

public sealed class ChangeFeedGapsTests
{
    [Fact]
    public void Changes_without_a_gap_are_all_applicable()
    {
        var gaps = new ChangeFeedGaps();

        Assert.Equal([11, 12, 13], Ids(gaps.Applicable(10, Changes(11, 12, 13))));
    }

    [Fact]
    public void A_gap_first_seen_stops_the_changes_after_it()
    {
        var gaps = new ChangeFeedGaps();

        Assert.Equal([11], Ids(gaps.Applicable(10, Changes(11, 13, 14))));
    }

    [Fact]
    public async Task A_suspected_gap_no_open_transaction_can_fill_is_stepped_over_at_the_next_poll()
    {
        var gaps = new ChangeFeedGaps();
        gaps.Applicable(10, Changes(11, 13));

        await gaps.ProbeAsync(new OpenTransactions([]), TestContext.Current.CancellationToken);

        Assert.Equal([13, 14], Ids(gaps.Applicable(11, Changes(13, 14))));
    }

    [Fact]
    public async Task A_suspected_gap_waits_for_every_transaction_open_when_it_was_probed()
    {
        var gaps = new ChangeFeedGaps();
        var database = new OpenTransactions([700, 701]);
        gaps.Applicable(10, Changes(11, 13));

        await gaps.ProbeAsync(database, TestContext.Current.CancellationToken);
        Assert.Empty(gaps.Applicable(11, Changes(13)));

        database.StillOpen = [701];
        await gaps.ProbeAsync(database, TestContext.Current.CancellationToken);
        Assert.Empty(gaps.Applicable(11, Changes(13)));

        database.StillOpen = [];
        await gaps.ProbeAsync(database, TestContext.Current.CancellationToken);
        Assert.Equal([13], Ids(gaps.Applicable(11, Changes(13))));
    }

    [Fact]
    public async Task A_change_that_fills_a_suspected_gap_is_applied_in_order()
    {
        var gaps = new ChangeFeedGaps();
        gaps.Applicable(10, Changes(11, 13));
        await gaps.ProbeAsync(new OpenTransactions([700]), TestContext.Current.CancellationToken);

        Assert.Equal([12, 13], Ids(gaps.Applicable(11, Changes(12, 13))));
    }

    [Fact]
    public async Task A_gap_seen_while_awaiting_transactions_waits_for_a_round_of_its_own()
    {
        var gaps = new ChangeFeedGaps();
        var database = new OpenTransactions([700]);
        gaps.Applicable(10, Changes(11, 13));
        await gaps.ProbeAsync(database, TestContext.Current.CancellationToken);

        // Gap 14 appears while transaction 700 is awaited: the transaction that drew 14 may have opened after 700.
        gaps.Applicable(11, Changes(13, 15));
        database.StillOpen = [];
        await gaps.ProbeAsync(database, TestContext.Current.CancellationToken);

        Assert.Equal([13], Ids(gaps.Applicable(11, Changes(13, 15))));
    }

    private static IEnumerable<ContentChange> Changes(params long[] ids) =>
        ids.Select(id => new ContentChange { Id = id, EntityType = ContentTypes.Organisation, Key = $"org-{id}", ChangedUtc = DateTime.UtcNow });

    private static long[] Ids(IEnumerable<ContentChange> changes) => [.. changes.Select(c => c.Id)];

    /// <summary>A database whose open transactions the test sets; no connection is ever opened.</summary>
    private sealed class OpenTransactions(IReadOnlyList<long> open)
        : HubDbContext(new DbContextOptionsBuilder<OpenTransactions>().UseSqlite("Data Source=:memory:").Options)
    {
        private readonly IReadOnlyList<long> _openWhenProbed = open;

        public IReadOnlyList<long> StillOpen { get; set; } = open;

        public override Task<IReadOnlyList<long>> OpenTransactionsAsync(CancellationToken cancellationToken) => Task.FromResult(_openWhenProbed);

        public override Task<bool> AnyStillOpenAsync(IReadOnlyList<long> transactions, CancellationToken cancellationToken) =>
            Task.FromResult(transactions.Intersect(StillOpen).Any());
    }
}
