using CseaHub.Web.Domain.About;
using CseaHub.Web.Domain.Countries;
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
            await UpsertTermsAsync(db.OrganisationTypes, dataset.OrganisationTypes, cancellationToken);
            await UpsertTermsAsync(db.Audiences, dataset.Audiences, cancellationToken);
            await UpsertTermsAsync(db.Topics, dataset.Topics, cancellationToken);
            await UpsertCountriesAsync(dataset.Countries, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            await UpsertOrganisationsAsync(dataset.Organisations, summary, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await UpsertInstrumentsAsync(dataset.Instruments, summary, cancellationToken);
            if (dataset.About is { } about)
            {
                await UpsertAboutAsync(about.Record, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
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
        var now = clock.GetUtcNow().UtcDateTime;

        var changed = new List<(Organisation Entity, OrganisationRecord Record)>();
        foreach (var (_, record) in records)
        {
            var hash = RecordHash.Of(record);
            if (existing.TryGetValue(record.Slug, out var organisation) && organisation.DatasetHash == hash)
            {
                summary.Unchanged++;
                continue;
            }

            if (organisation is null)
            {
                organisation = new Organisation { Slug = record.Slug, CreatedUtc = now };
                db.Organisations.Add(organisation);
                existing[record.Slug] = organisation;
                summary.Added++;
            }
            else
            {
                summary.Updated++;
            }

            OrganisationMapper.Apply(record, organisation, terms);
            organisation.DatasetHash = hash;
            organisation.UpdatedUtc = now;
            var publicHash = RecordHash.Of(OrganisationMapper.PublicPart(record));
            if (organisation.PublicDatasetHash != publicHash)
            {
                organisation.PublicDatasetHash = publicHash;
                organisation.PublicUpdatedUtc = now;
            }

            changed.Add((organisation, record));
        }

        // Parents are linked once every organisation of the dataset exists, whatever the file order; the validator
        // has checked that each parent is in the dataset.
        foreach (var (organisation, record) in changed)
        {
            organisation.Parent = record.Parent is { } parent ? existing[parent] : null;
        }
    }

    private async Task UpsertInstrumentsAsync(
        List<Located<InstrumentRecord>> records, DatasetImportSummary summary, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var slugs = records.Select(r => r.Record.Slug).ToList();
        var existing = await db.Instruments.Include(i => i.Articles).Include(i => i.Parties)
            .Where(i => slugs.Contains(i.Slug))
            .ToDictionaryAsync(i => i.Slug, cancellationToken);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (_, record) in records)
        {
            var hash = RecordHash.Of(record);
            if (existing.TryGetValue(record.Slug, out var instrument) && instrument.DatasetHash == hash)
            {
                summary.Unchanged++;
                continue;
            }

            if (instrument is null)
            {
                instrument = new Instrument { Slug = record.Slug, CreatedUtc = now };
                db.Instruments.Add(instrument);
                summary.Added++;
            }
            else
            {
                summary.Updated++;
            }

            InstrumentMapper.Apply(record, instrument, organisations, countries);
            instrument.DatasetHash = hash;
            instrument.UpdatedUtc = now;

            // Instruments have no restricted parts yet: any change is a public change.
            instrument.PublicDatasetHash = hash;
            instrument.PublicUpdatedUtc = now;
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
