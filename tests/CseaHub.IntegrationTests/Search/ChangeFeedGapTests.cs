using CseaHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Search;

/// <summary>
/// Gaps in the change feed's ids (see ChangeFeedGaps): PostgreSQL draws an id at insert, not at commit, and never
/// gives back the id of a rolled-back insert. On SQLite neither gap arises, and the same tests hold.
/// </summary>
public sealed class ChangeFeedGapTests(HubAppFactory hub)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_change_after_a_rolled_back_save_is_found_within_a_second()
    {
        await hub.SearchCaughtUpAsync(); // An index built, as on every node that takes traffic: the clock starts at the change.
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.Organisations.Add(await db.NewOrganisationAsync("Rolled back " + SearchProbe.UniqueWord()));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        var word = SearchProbe.UniqueWord();
        await hub.AddOrganisationAsync($"After the rollback {word}");

        var found = await hub.UntilTotalAsync(word, 1, Deadline);
        TestContext.Current.TestOutputHelper?.WriteLine($"Found after {found.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public async Task A_change_committed_after_a_later_one_is_found_however_long_its_transaction_ran()
    {
        // A hub of its own: on SQLite the open transaction holds the only write lock for seconds.
        await using var own = HubAppFactory.Own();
        var slow = SearchProbe.UniqueWord();
        var quick = SearchProbe.UniqueWord();
        await own.SearchCaughtUpAsync();

        await using var scope = own.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            // The slow transaction draws its change-feed id first; the quick one commits a later id meanwhile
            // (on SQLite it waits for the lock instead, on a thread of its own: SQLite's waits block).
            db.Organisations.Add(await db.NewOrganisationAsync($"Slow {slow}"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var quickSave = Task.Run(() => own.AddOrganisationAsync($"Quick {quick}"), TestContext.Current.CancellationToken);

            // Longer than any grace period after which a reader might take the gap for a rollback.
            await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            await quickSave;
        }

        await own.UntilTotalAsync(quick, 1, Deadline);
        await own.UntilTotalAsync(slow, 1, Deadline);
    }
}
