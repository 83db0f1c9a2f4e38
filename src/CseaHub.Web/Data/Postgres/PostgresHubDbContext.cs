using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.Postgres;

public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options)
{
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
