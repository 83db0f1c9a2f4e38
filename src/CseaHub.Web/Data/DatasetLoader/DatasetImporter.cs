using CseaHub.Web.Domain.About;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// Writes a validated dataset into the database in one transaction: all of it or none of it. Records are matched by
/// key or slug, so loading the same files twice changes nothing, and a changed record updates its row.
/// Rows that are not in the files (e.g. created by editors) are left as they are.
/// </summary>
public sealed class DatasetImporter(HubDbContext db, TimeProvider clock)
{
    public async Task<DatasetImportSummary> ImportAsync(Dataset dataset, CancellationToken cancellationToken = default)
    {
        var summary = new DatasetImportSummary();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            summary = await WriteAsync(dataset, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        if (summary.Added + summary.Updated > 0)
        {
            await db.RefreshStatisticsAsync(cancellationToken);
        }

        return summary;
    }

    /// <summary>
    /// Writes the dataset within the caller's transaction, so a change published from the back office commits with its
    /// revision and audit line or not at all.
    /// </summary>
    public async Task<DatasetImportSummary> WriteAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        var summary = new DatasetImportSummary();
        await UpsertTermsAsync(db.OrganisationTypes, dataset.OrganisationTypes, cancellationToken);
        await UpsertTermsAsync(db.Audiences, dataset.Audiences, cancellationToken);
        await UpsertTermsAsync(db.Topics, dataset.Topics, cancellationToken);
        await UpsertCountriesAsync(dataset.Countries, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await UpsertOrganisationsAsync(dataset.Organisations, summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await UpsertInstrumentsAsync(dataset.Instruments, summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await UpsertMonitoringAndLibraryAsync(dataset, summary, cancellationToken);
        await UpsertAuthoritiesAsync(dataset.Authorities, summary, cancellationToken);
        await UpsertGlossaryAsync(dataset.Glossary, summary, cancellationToken);
        await UpsertMeasuresAsync(dataset.Measures, cancellationToken);
        // Routes point at documents and organisations that may have been added just now: save them first.
        await db.SaveChangesAsync(cancellationToken);
        await UpsertRoutesAsync(dataset.Routes, summary, cancellationToken);
        if (dataset.About is { } about)
        {
            await UpsertAboutAsync(about.Record, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return summary;
    }

    private static async Task UpsertTermsAsync<T>(
        DbSet<T> terms, IReadOnlyList<Located<TermRecord>> records, CancellationToken cancellationToken)
        where T : Term, new()
    {
        var existing = await terms.ToDictionaryAsync(t => t.Key, cancellationToken);
        foreach (var (record, position) in records.Select((r, i) => (r.Record, i)))
        {
            if (!existing.TryGetValue(record.Key, out var term))
            {
                term = new T { Key = record.Key };
                terms.Add(term);
            }

            term.Label = record.Label.ToText();
            term.Position = position;
        }
    }

    private async Task UpsertCountriesAsync(IReadOnlyList<Located<CountryRecord>> records, CancellationToken cancellationToken)
    {
        var existing = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var (_, record) in records)
        {
            if (!existing.TryGetValue(record.Code, out var country))
            {
                country = new Country { Code = record.Code };
                db.Countries.Add(country);
            }

            country.Name = record.Name.ToText();
            country.CoeMemberSince = record.CoeMemberSince;
            country.EuMemberSince = record.EuMemberSince;
            country.SourceUrls = [.. record.Sources ?? []];
        }
    }

    private async Task UpsertOrganisationsAsync(
        IReadOnlyList<Located<OrganisationRecord>> records, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        var slugs = records.Select(r => r.Record.Slug).ToList();
        var existing = await db.Organisations
            .Include(o => o.Audiences).Include(o => o.Topics).Include(o => o.Countries)
            .Include(o => o.Sections).Include(o => o.Links)
            .Where(o => slugs.Contains(o.Slug))
            .ToDictionaryAsync(o => o.Slug, cancellationToken);
        var terms = await TermLookup.LoadAsync(db, cancellationToken);
        var changed = Changed(records, r => r.Slug, existing, OrganisationMapper.PublicPart, summary);
        foreach (var (organisation, record) in changed)
        {
            OrganisationMapper.Apply(record, organisation, terms);
        }

        // Parents are linked once every organisation of the dataset exists, whatever the file order; the validator
        // has checked that each parent exists. A dataset of one file (a change published from the back office) names
        // parents that are only in the database.
        await AddMissingAsync(db.Organisations, existing, changed.Select(c => c.Record.Parent), cancellationToken);
        foreach (var (organisation, record) in changed)
        {
            organisation.Parent = record.Parent is { } parent ? existing[parent] : null;
        }
    }

    private async Task UpsertInstrumentsAsync(
        List<Located<InstrumentRecord>> records, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        var slugs = records.Select(r => r.Record.Slug).ToList();
        var existing = await db.Instruments.Include(i => i.Articles).Include(i => i.Parties)
            .Where(i => slugs.Contains(i.Slug))
            .ToDictionaryAsync(i => i.Slug, cancellationToken);
        // Instruments have no restricted parts yet: any change but to editors' gap notes is a public change.
        var changed = Changed(records, r => r.Slug, existing, r => r with { Gaps = [] }, summary);
        if (changed.Count == 0)
        {
            return;
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var (instrument, record) in changed)
        {
            InstrumentMapper.Apply(record, instrument, organisations, countries);
        }
    }

    /// <summary>
    /// Monitoring rounds and documents point at each other (a document belongs to a round, a finding cites a document),
    /// so both are matched or created first and mapped after; EF orders the inserts.
    /// </summary>
    private async Task UpsertMonitoringAndLibraryAsync(
        Dataset dataset, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        var roundSlugs = dataset.MonitoringRounds.Select(r => r.Record.Slug).ToList();
        var rounds = await db.MonitoringRounds.Include(r => r.Countries).Include(r => r.Findings).ThenInclude(f => f.Countries)
            .Where(r => roundSlugs.Contains(r.Slug))
            .ToDictionaryAsync(r => r.Slug, cancellationToken);
        var documentSlugs = dataset.Documents.Select(d => d.Record.Slug).ToList();
        var documents = await db.Documents
            .Include(d => d.Instruments).Include(d => d.Articles).Include(d => d.Countries)
            .Include(d => d.Topics).Include(d => d.Audiences)
            .Where(d => documentSlugs.Contains(d.Slug))
            .ToDictionaryAsync(d => d.Slug, cancellationToken);
        var changedRounds = Changed(dataset.MonitoringRounds, r => r.Slug, rounds, r => r with { Gaps = [] }, summary);
        var changedDocuments = Changed(dataset.Documents, d => d.Slug, documents, d => d with { Gaps = [] }, summary);
        if (changedRounds.Count + changedDocuments.Count == 0)
        {
            return;
        }

        await AddMissingAsync(db.Documents, documents, changedRounds.SelectMany(c => c.Record.Findings.Select(f => f.Document)), cancellationToken);
        await AddMissingAsync(db.MonitoringRounds, rounds, changedDocuments.Select(c => c.Record.MonitoringRound), cancellationToken);

        // Only the issuers named: an import writes documents a batch at a time, and the hub may hold 20,000 organisations.
        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        await AddMissingAsync(db.Organisations, organisations, changedDocuments.Select(c => c.Record.IssuedBy), cancellationToken);
        var instruments = await db.Instruments.ToDictionaryAsync(i => i.Slug, cancellationToken);
        var terms = await TermLookup.LoadAsync(db, cancellationToken);
        foreach (var (round, record) in changedRounds)
        {
            MonitoringMapper.Apply(record, round, instruments, terms.Countries, documents);
        }

        foreach (var (document, record) in changedDocuments)
        {
            LibraryMapper.Apply(record, document, organisations, instruments, rounds, terms);
        }
    }

    private async Task UpsertAuthoritiesAsync(
        List<Located<CompetentAuthorityRecord>> records, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        var slugs = records.Select(r => r.Record.Slug).ToList();
        var existing = await db.CompetentAuthorities.Include(a => a.Details)
            .Where(a => slugs.Contains(a.Slug))
            .ToDictionaryAsync(a => a.Slug, cancellationToken);
        var changed = Changed(records, r => r.Slug, existing, AuthorityMapper.PublicPart, summary);
        if (changed.Count == 0)
        {
            return;
        }

        var instruments = await db.Instruments.ToDictionaryAsync(i => i.Slug, cancellationToken);
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var (authority, record) in changed)
        {
            AuthorityMapper.Apply(record, authority, instruments, countries);
        }
    }

    private async Task UpsertGlossaryAsync(
        List<Located<GlossaryTermRecord>> records, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        var slugs = records.Select(r => r.Record.Slug).ToList();
        var existing = await db.GlossaryTerms.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (var (term, record) in Changed(records, r => r.Slug, existing, r => r with { Gaps = [] }, summary))
        {
            GlossaryMapper.Apply(record, term);
        }
    }

    private async Task UpsertMeasuresAsync(List<Located<CooperationMeasureRecord>> records, CancellationToken cancellationToken)
    {
        var existing = await db.CooperationMeasures.ToDictionaryAsync(m => m.Key, cancellationToken);
        foreach (var (record, position) in records.Select((r, i) => (r.Record, i)))
        {
            if (!existing.TryGetValue(record.Key, out var measure))
            {
                measure = new CooperationMeasure { Key = record.Key };
                db.CooperationMeasures.Add(measure);
            }

            measure.Label = record.Label.ToText();
            measure.Description = record.Description.ToText();
            measure.Emergency = record.Emergency;
            measure.Position = position;
        }
    }

    private async Task UpsertRoutesAsync(
        List<Located<CooperationRouteRecord>> records, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        var slugs = records.Select(r => r.Record.Slug).ToList();
        var existing = await db.CooperationRoutes.Include(r => r.Documents).Include(r => r.Organisations)
            .Where(r => slugs.Contains(r.Slug))
            .ToDictionaryAsync(r => r.Slug, cancellationToken);
        var changed = Changed(records, r => r.Slug, existing, r => r with { Gaps = [] }, summary);
        if (changed.Count == 0)
        {
            return;
        }

        var instruments = await db.Instruments.ToDictionaryAsync(i => i.Slug, cancellationToken);
        var documents = await db.Documents.ToDictionaryAsync(d => d.Slug, cancellationToken);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        foreach (var (route, record) in changed)
        {
            CooperationMapper.Apply(record, route, instruments, documents, organisations);
        }
    }

    /// <summary>
    /// The records whose content differs from their row, each with its row: created (and added to
    /// <paramref name="existing"/>) when new. Stamps the hashes and timestamps; <c>PublicUpdatedUtc</c> moves only when
    /// <paramref name="publicPart"/> of the record changed. The caller maps the record onto the row.
    /// </summary>
    private List<(TEntity Entity, TRecord Record)> Changed<TEntity, TRecord>(
        IEnumerable<Located<TRecord>> records,
        Func<TRecord, string> slugOf,
        Dictionary<string, TEntity> existing,
        Func<TRecord, TRecord> publicPart,
        DatasetImportSummary summary)
        where TEntity : ContentItem, new()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<(TEntity, TRecord)>();
        foreach (var (_, record) in records)
        {
            var slug = slugOf(record);
            var hash = RecordHash.Of(record);
            if (existing.TryGetValue(slug, out var entity) && entity.DatasetHash == hash)
            {
                summary.Unchanged++;
                continue;
            }

            if (entity is null)
            {
                entity = new TEntity { Slug = slug, CreatedUtc = now };
                db.Add(entity);
                existing[slug] = entity;
                summary.Added++;
            }
            else
            {
                summary.Updated++;
            }

            entity.DatasetHash = hash;
            entity.UpdatedUtc = now;
            var publicHash = RecordHash.Of(publicPart(record));
            if (entity.PublicDatasetHash != publicHash)
            {
                entity.PublicDatasetHash = publicHash;
                entity.PublicUpdatedUtc = now;
            }

            changed.Add((entity, record));
        }

        return changed;
    }

    /// <summary>Loads the rows <paramref name="slugs"/> name that the dataset being imported does not hold.</summary>
    private static async Task AddMissingAsync<TEntity>(
        DbSet<TEntity> rows, Dictionary<string, TEntity> known, IEnumerable<string?> slugs, CancellationToken cancellationToken)
        where TEntity : ContentItem
    {
        var missing = slugs.OfType<string>().Where(slug => !known.ContainsKey(slug)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var row in await rows.Where(r => missing.Contains(r.Slug)).ToListAsync(cancellationToken))
        {
            known[row.Slug] = row;
        }
    }

    private async Task UpsertAboutAsync(AboutRecord record, CancellationToken cancellationToken)
    {
        var hash = RecordHash.Of(record);
        var about = await db.AboutPages.Include(a => a.FundingProjects).SingleOrDefaultAsync(cancellationToken);
        if (about?.DatasetHash == hash)
        {
            return;
        }

        if (about is null)
        {
            about = new AboutPage();
            db.AboutPages.Add(about);
        }

        AboutMapper.Apply(record, about);
        about.DatasetHash = hash;
        about.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
    }
}

public sealed class DatasetImportSummary
{
    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public override string ToString() => $"{Added} added, {Updated} updated, {Unchanged} unchanged";
}
