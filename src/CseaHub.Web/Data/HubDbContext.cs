using CseaHub.Web.Domain.About;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Glossary;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data;

/// <summary>
/// The hub's database. The model lives here; <see cref="Sqlite.SqliteHubDbContext"/> and
/// <see cref="Postgres.PostgresHubDbContext"/> only pick the provider and own their migration sets. Accounts (ASP.NET
/// Core Identity), the audit log and the data-protection keys live here too, so every web node shares them.
/// </summary>
/// <remarks>
/// After a model change, add a migration for both providers (from the repository root):
/// <code>
/// dotnet ef migrations add NAME --project src/CseaHub.Web --context SqliteHubDbContext --output-dir Data/Sqlite/Migrations
/// dotnet ef migrations add NAME --project src/CseaHub.Web --context PostgresHubDbContext --output-dir Data/Postgres/Migrations
/// </code>
/// A unit test fails while either provider has pending model changes.
/// </remarks>
public abstract class HubDbContext(DbContextOptions options)
    : IdentityDbContext<HubUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationType> OrganisationTypes => Set<OrganisationType>();

    public DbSet<Audience> Audiences => Set<Audience>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<AboutPage> AboutPages => Set<AboutPage>();

    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<MonitoringRound> MonitoringRounds => Set<MonitoringRound>();

    public DbSet<CompetentAuthority> CompetentAuthorities => Set<CompetentAuthority>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<CooperationMeasure> CooperationMeasures => Set<CooperationMeasure>();

    public DbSet<CooperationRoute> CooperationRoutes => Set<CooperationRoute>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<ContentDraft> ContentDrafts => Set<ContentDraft>();

    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DatasetLoader.LoadedDataset> LoadedDatasets => Set<DatasetLoader.LoadedDataset>();

    /// <summary>
    /// Refreshes the query planner's statistics after a bulk load. Without them SQLite guesses table sizes and, at
    /// 100,000 documents, joins a batch of documents to its topics from the topics' end (every link row scanned, a
    /// third of a second per query) instead of from the documents' slugs. The same statement serves PostgreSQL.
    /// </summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken) => await Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    /// <summary>
    /// The write transactions open now, for a reader of the change feed that meets a gap in its ids (see
    /// <see cref="Search.ChangeFeedGaps"/>). None here: SQLite has one writer at a time and a rolled-back insert gives
    /// its id back, so its feed never shows a gap that an open transaction could still fill.
    /// </summary>
    public virtual Task<IReadOnlyList<long>> OpenTransactionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([]);

    /// <summary>Whether any of <paramref name="transactions"/>, from <see cref="OpenTransactionsAsync"/>, is still open.</summary>
    public virtual Task<bool> AnyStillOpenAsync(IReadOnlyList<long> transactions, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>Every save of content also writes its change-feed rows, in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ContentChanges.AddRange(ChangeFeed.Collect(ChangeTracker, DateTime.UtcNow));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ContentChanges.AddRange(ChangeFeed.Collect(ChangeTracker, DateTime.UtcNow));
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }
}
