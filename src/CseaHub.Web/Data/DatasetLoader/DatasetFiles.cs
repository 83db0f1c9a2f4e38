using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// Every kind of dataset file, in the order a dataset is written and read, and the database's content as a whole
/// dataset (what <c>export</c> writes and what a change is validated against before it is published).
/// </summary>
public static class DatasetFiles
{
    public static IReadOnlyList<DatasetFileKind> Kinds { get; } =
    [
        Terms("organisation-types", Dataset.OrganisationTypesFile, d => d.OrganisationTypes, db => db.OrganisationTypes),
        Terms("audiences", Dataset.AudiencesFile, d => d.Audiences, db => db.Audiences),
        Terms("topics", Dataset.TopicsFile, d => d.Topics, db => db.Topics),
        new ListFileKind<CountryRecord>("countries", Dataset.CountriesFile, d => d.Countries, db => db.Countries.OrderBy(c => c.Code)
            .Select(c => new CountryRecord(c.Code, new LocalisedTextRecord(c.Name.En, c.Name.Fr), c.CoeMemberSince, c.SourceUrls, c.EuMemberSince)),
            (db, listed, cancellationToken) => RemoveUnlistedAsync(db.Countries, c => c.Code, listed.Select(c => c.Code), db, cancellationToken),
            canonicalOrder: countries => countries.OrderBy(c => c.Code, StringComparer.Ordinal)),
        new FolderKind<Domain.Organisations.Organisation, OrganisationRecord>(
            ContentTypes.Organisation, Dataset.OrganisationsFolder, d => d.Organisations, r => r.Slug,
            db => db.Organisations.Include(o => o.Type).Include(o => o.Parent)
                .Include(o => o.Audiences).Include(o => o.Topics).Include(o => o.Countries)
                .Include(o => o.Sections).Include(o => o.Links),
            OrganisationMapper.ToRecord,
            db => db.Organisations.Select(o => new DatasetFileEntry(Dataset.OrganisationsFolder + "/" + o.Slug + ".json", o.Name.En)),
            bulk: true),
        new FolderKind<Domain.Instruments.Instrument, InstrumentRecord>(
            ContentTypes.Instrument, Dataset.InstrumentsFolder, d => d.Instruments, r => r.Slug,
            db => db.Instruments.Include(i => i.Owner).Include(i => i.MonitoringBody).Include(i => i.Articles)
                .Include(i => i.Parties).ThenInclude(p => p.Country),
            InstrumentMapper.ToRecord,
            db => db.Instruments.Select(i => new DatasetFileEntry(Dataset.InstrumentsFolder + "/" + i.Slug + ".json", i.Title.En))),
        new FolderKind<Domain.Monitoring.MonitoringRound, MonitoringRoundRecord>(
            ContentTypes.MonitoringRound, Dataset.MonitoringFolder, d => d.MonitoringRounds, r => r.Instrument.Length == 0 ? string.Empty : r.Slug,
            db => db.MonitoringRounds.Include(r => r.Instrument).Include(r => r.Countries)
                .Include(r => r.Findings).ThenInclude(f => f.Countries)
                .Include(r => r.Findings).ThenInclude(f => f.Document),
            MonitoringMapper.ToRecord,
            db => db.MonitoringRounds.Select(r => new DatasetFileEntry(Dataset.MonitoringFolder + "/" + r.Slug + ".json", r.Theme.En))),
        new FolderKind<Domain.Library.Document, DocumentRecord>(
            ContentTypes.Document, Dataset.LibraryFolder, d => d.Documents, r => r.Slug,
            db => db.Documents.Include(d => d.IssuedBy).Include(d => d.Instruments).Include(d => d.Articles).ThenInclude(a => a.Instrument)
                .Include(d => d.Countries).Include(d => d.Topics).Include(d => d.Audiences).Include(d => d.MonitoringRound),
            LibraryMapper.ToRecord,
            db => db.Documents.Select(d => new DatasetFileEntry(Dataset.LibraryFolder + "/" + d.Slug + ".json", d.Title.En)),
            bulk: true),
        new FolderKind<Domain.Cooperation.CompetentAuthority, CompetentAuthorityRecord>(
            ContentTypes.Authority, Dataset.AuthoritiesFolder, d => d.Authorities, r => r.Slug,
            db => db.CompetentAuthorities.Include(a => a.Instrument).Include(a => a.Country).Include(a => a.Details),
            AuthorityMapper.ToRecord,
            db => db.CompetentAuthorities.Select(a => new DatasetFileEntry(Dataset.AuthoritiesFolder + "/" + a.Slug + ".json", a.Name.En))),
        new FolderKind<Domain.Glossary.GlossaryTerm, GlossaryTermRecord>(
            ContentTypes.GlossaryTerm, Dataset.GlossaryFolder, d => d.Glossary, r => r.Slug,
            db => db.GlossaryTerms,
            GlossaryMapper.ToRecord,
            db => db.GlossaryTerms.Select(t => new DatasetFileEntry(Dataset.GlossaryFolder + "/" + t.Slug + ".json", t.Preferred.En))),
        new ListFileKind<CooperationMeasureRecord>("measures", Dataset.MeasuresFile, d => d.Measures, db => db.CooperationMeasures.OrderBy(m => m.Position)
            .Select(m => new CooperationMeasureRecord(m.Key, new LocalisedTextRecord(m.Label.En, m.Label.Fr), new LocalisedTextRecord(m.Description.En, m.Description.Fr), m.Emergency)),
            (db, listed, cancellationToken) => RemoveUnlistedAsync(db.CooperationMeasures, m => m.Key, listed.Select(m => m.Key), db, cancellationToken),
            optional: true),
        new FolderKind<Domain.Cooperation.CooperationRoute, CooperationRouteRecord>(
            "route", Dataset.RoutesFolder, d => d.Routes, r => r.Slug,
            db => db.CooperationRoutes.Include(r => r.Instrument).Include(r => r.AuthoritiesInstrument).Include(r => r.Documents).Include(r => r.Organisations),
            CooperationMapper.ToRecord,
            db => db.CooperationRoutes.Select(r => new DatasetFileEntry(Dataset.RoutesFolder + "/" + r.Slug + ".json", r.Slug))),
        new SingleFileKind<AboutRecord>("about", Dataset.AboutFile, d => d.About, (d, about) => d.About = about,
            async db => await db.AboutPages.AsNoTracking().Include(a => a.FundingProjects).SingleOrDefaultAsync() is { } about
                ? AboutMapper.ToRecord(about) : null),
    ];

    public static DatasetFileKind? KindOf(string file) => Kinds.FirstOrDefault(k => k.Owns(file));

    public static DatasetFileKind? Named(string name) => Kinds.FirstOrDefault(k => k.Name == name);

    /// <summary>The whole database as a dataset, every status and visibility included; only <paramref name="kinds"/> if given.</summary>
    public static async Task<Dataset> SnapshotAsync(
        HubDbContext db, CancellationToken cancellationToken, IEnumerable<DatasetFileKind>? kinds = null)
    {
        var dataset = new Dataset();
        foreach (var kind in kinds ?? Kinds)
        {
            await kind.LoadAllAsync(db, dataset, cancellationToken);
        }

        return dataset;
    }

    /// <summary>The database's organisations (with their parents) and documents by slug, as a validation sees the records it does not hold.</summary>
    public static async Task<RecordsOutside> SlugsAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var parents = await db.Organisations.AsNoTracking().Select(o => new { o.Slug, Parent = o.Parent == null ? null : o.Parent.Slug })
            .ToDictionaryAsync(o => o.Slug, o => o.Parent, StringComparer.Ordinal, cancellationToken);
        var documents = await db.Documents.AsNoTracking().Select(d => d.Slug).ToListAsync(cancellationToken);
        return new RecordsOutside(parents, documents.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The organisations that organisation and document records name (themselves, their parents, their issuers) with
    /// every ancestor, as a validation of those records sees the hub: what one record's checks read, not every slug.
    /// </summary>
    public static async Task<RecordsOutside> OrganisationsNamedAsync(HubDbContext db, IEnumerable<object> records, CancellationToken cancellationToken)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        var next = records.SelectMany(record => record switch
        {
            OrganisationRecord organisation => new[] { organisation.Slug, organisation.Parent },
            DocumentRecord document => [document.IssuedBy],
            _ => [],
        }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        while (next.Count > 0)
        {
            var found = await db.Organisations.AsNoTracking().Where(o => next.Contains(o.Slug))
                .Select(o => new { o.Slug, Parent = o.Parent == null ? null : o.Parent.Slug })
                .ToListAsync(cancellationToken);
            foreach (var organisation in found)
            {
                parents[organisation.Slug] = organisation.Parent;
            }

            // A chain that loops in the database ends where it meets an organisation already read.
            next = found.Select(o => o.Parent).OfType<string>().Where(parent => !parents.ContainsKey(parent)).ToHashSet(StringComparer.Ordinal);
        }

        return new RecordsOutside(parents, new HashSet<string>(StringComparer.Ordinal));
    }

    private static ListFileKind<TermRecord> Terms<T>(
        string name, string file, Func<Dataset, List<Located<TermRecord>>> records, Func<HubDbContext, DbSet<T>> terms)
        where T : Domain.Taxonomy.Term =>
        new(
            name, file, records,
            db => terms(db).OrderBy(t => t.Position).Select(t => new TermRecord(t.Key, new LocalisedTextRecord(t.Label.En, t.Label.Fr))),
            (db, listed, cancellationToken) => RemoveUnlistedAsync(terms(db), t => t.Key, listed.Select(t => t.Key), db, cancellationToken));

    /// <summary>Removes, through the change tracker (so the change feed sees it), the rows whose key the list no longer holds.</summary>
    private static async Task RemoveUnlistedAsync<T>(
        DbSet<T> rows, Func<T, string> keyOf, IEnumerable<string> listed, HubDbContext db, CancellationToken cancellationToken)
        where T : class
    {
        var keep = listed.ToHashSet(StringComparer.Ordinal);
        rows.RemoveRange((await rows.ToListAsync(cancellationToken)).Where(row => !keep.Contains(keyOf(row))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
