using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.Postgres;

public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options)
{
    /// <summary>
    /// The transaction ids in progress in a snapshot taken now. An id is drawn from the feed's sequence when a row is
    /// inserted, not when its transaction commits, and a rolled-back transaction never gives it back.
    /// </summary>
    public override async Task<IReadOnlyList<long>> OpenTransactionsAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>("SELECT pg_snapshot_xip(pg_current_snapshot())::text::bigint AS \"Value\"")
            .ToListAsync(cancellationToken);

    public override async Task<bool> AnyStillOpenAsync(IReadOnlyList<long> transactions, CancellationToken cancellationToken) =>
        await Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM unnest({transactions.ToArray()}) AS x
            WHERE pg_xact_status(x::text::xid8) = 'in progress'
            """).SingleAsync(cancellationToken) > 0;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Sort keys compare byte by byte, as SQLite's BINARY collation does, so the directory's order (and so its
        // paging) is the same on both providers whatever the database's locale.
        var organisation = builder.Entity<Organisation>();
        organisation.Property(o => o.NameKeyEn).UseCollation("C");
        organisation.Property(o => o.NameKeyFr).UseCollation("C");
    }
}
