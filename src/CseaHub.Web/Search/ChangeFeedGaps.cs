using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Search;

/// <summary>
/// Tells a gap in the change feed's ids that a transaction still open may fill from one that a rolled-back
/// transaction left for good. PostgreSQL draws an id when a row is inserted, not when its transaction commits, so a
/// reader can see change 11 before change 10 (stepping over 10 would lose it), and never gives back the id of a
/// rolled-back insert (waiting for it would stall the feed).
/// </summary>
/// <remarks>
/// A gap first seen is suspected. At the next poll, before reading, the transactions open are noted: whichever
/// transaction drew a suspected id is among them, or has ended (and its rows are read). Once all of those have ended,
/// a suspected id still missing can never appear, and is stepped over. An editor's rolled-back save delays the feed
/// by a poll or two, not by a fixed grace period; a long import is waited for however long it runs.
/// </remarks>
internal sealed class ChangeFeedGaps
{
    private readonly List<IdRange> _suspected = [];
    private readonly List<IdRange> _abandoned = [];
    private IReadOnlyList<long>? _awaited;

    /// <summary>Before a read of the feed: settles the suspected gaps whose transactions have all ended.</summary>
    public async Task ProbeAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (_suspected.Count == 0)
        {
            return;
        }

        if (_awaited is null)
        {
            var open = await db.OpenTransactionsAsync(cancellationToken);
            if (open.Count > 0)
            {
                _awaited = open;
                return;
            }
        }
        else if (await db.AnyStillOpenAsync(_awaited, cancellationToken))
        {
            return;
        }

        _abandoned.AddRange(_suspected);
        _suspected.Clear();
        _awaited = null;
    }

    /// <summary>
    /// The changes after <paramref name="checkpoint"/> that can be applied, in order: those before the first gap that
    /// is not known to be abandoned. Gaps seen for the first time become suspected.
    /// </summary>
    public List<ContentChange> Applicable(long checkpoint, IEnumerable<ContentChange> rowsAfterCheckpoint)
    {
        _abandoned.RemoveAll(gap => gap.To <= checkpoint);
        var applicable = new List<ContentChange>();
        var previous = checkpoint;
        var blocked = false;
        foreach (var row in rowsAfterCheckpoint)
        {
            if (row.Id != previous + 1)
            {
                var gap = new IdRange(previous + 1, row.Id - 1);
                if (!_abandoned.Exists(known => known.Covers(gap)))
                {
                    Suspect(gap);
                    blocked = true;
                }
            }

            if (!blocked)
            {
                applicable.Add(row);
            }

            previous = row.Id;
        }

        return applicable;
    }

    /// <summary>After a rebuild: the checkpoint moved, what was known of the gaps behind it no longer matters.</summary>
    public void Reset()
    {
        _suspected.Clear();
        _abandoned.Clear();
        _awaited = null;
    }

    private void Suspect(IdRange gap)
    {
        // While awaiting the transactions open when the suspicion began, a gap seen later may belong to a transaction
        // that opened after them: it waits for the next round.
        if (_awaited is null && !_suspected.Exists(known => known.Covers(gap)))
        {
            _suspected.Add(gap);
        }
    }

    private readonly record struct IdRange(long From, long To)
    {
        public bool Covers(IdRange other) => From <= other.From && other.To <= To;
    }
}
