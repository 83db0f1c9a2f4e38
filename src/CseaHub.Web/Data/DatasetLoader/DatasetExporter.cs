using System.Text.Json;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// Writes the database's content back out in the dataset format, so an export can be imported into an empty hub.
/// It exports every status and visibility: it is an operator's backup, not a public feed. Returns what it wrote, in words.
/// </summary>
public sealed class DatasetExporter(HubDbContext db)
{
    public async Task<string> ExportAsync(string root, CancellationToken cancellationToken = default)
    {
        await WriteAsync(root, Dataset.OrganisationTypesFile, await TermsAsync(db.OrganisationTypes, cancellationToken), cancellationToken);
        await WriteAsync(root, Dataset.AudiencesFile, await TermsAsync(db.Audiences, cancellationToken), cancellationToken);
        await WriteAsync(root, Dataset.TopicsFile, await TermsAsync(db.Topics, cancellationToken), cancellationToken);
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CountryRecord(c.Code, new LocalisedTextRecord(c.Name.En, c.Name.Fr), c.CoeMemberSince, c.SourceUrls, c.EuMemberSince))
            .ToListAsync(cancellationToken);
        await WriteAsync(root, Dataset.CountriesFile, countries, cancellationToken);

        var organisations = await db.Organisations.AsNoTracking()
            .Include(o => o.Type).Include(o => o.Parent)
            .Include(o => o.Audiences).Include(o => o.Topics).Include(o => o.Countries)
            .Include(o => o.Sections).Include(o => o.Links)
            .OrderBy(o => o.Slug)
            .ToListAsync(cancellationToken);
        foreach (var organisation in organisations)
        {
            await WriteAsync(root, $"{Dataset.OrganisationsFolder}/{organisation.Slug}.json",
                OrganisationMapper.ToRecord(organisation), cancellationToken);
        }

        var instruments = await db.Instruments.AsNoTracking()
            .Include(i => i.Owner).Include(i => i.MonitoringBody).Include(i => i.Articles)
            .Include(i => i.Parties).ThenInclude(p => p.Country)
            .OrderBy(i => i.Slug)
            .ToListAsync(cancellationToken);
        foreach (var instrument in instruments)
        {
            await WriteAsync(root, $"{Dataset.InstrumentsFolder}/{instrument.Slug}.json", InstrumentMapper.ToRecord(instrument), cancellationToken);
        }

        var rounds = await db.MonitoringRounds.AsNoTracking()
            .Include(r => r.Instrument).Include(r => r.Countries)
            .Include(r => r.Findings).ThenInclude(f => f.Countries)
            .Include(r => r.Findings).ThenInclude(f => f.Document)
            .OrderBy(r => r.Slug)
            .ToListAsync(cancellationToken);
        foreach (var round in rounds)
        {
            await WriteAsync(root, $"{Dataset.MonitoringFolder}/{round.Slug}.json", MonitoringMapper.ToRecord(round), cancellationToken);
        }

        var documents = await db.Documents.AsNoTracking()
            .Include(d => d.IssuedBy).Include(d => d.Instruments).Include(d => d.Articles).ThenInclude(a => a.Instrument)
            .Include(d => d.Countries).Include(d => d.Topics).Include(d => d.Audiences).Include(d => d.MonitoringRound)
            .OrderBy(d => d.Slug)
            .ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            await WriteAsync(root, $"{Dataset.LibraryFolder}/{document.Slug}.json", LibraryMapper.ToRecord(document), cancellationToken);
        }

        var authorities = await db.CompetentAuthorities.AsNoTracking()
            .Include(a => a.Instrument).Include(a => a.Country).Include(a => a.Details)
            .OrderBy(a => a.Slug)
            .ToListAsync(cancellationToken);
        foreach (var authority in authorities)
        {
            await WriteAsync(root, $"{Dataset.AuthoritiesFolder}/{authority.Slug}.json", AuthorityMapper.ToRecord(authority), cancellationToken);
        }

        var glossary = await db.GlossaryTerms.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(cancellationToken);
        foreach (var term in glossary)
        {
            await WriteAsync(root, $"{Dataset.GlossaryFolder}/{term.Slug}.json", GlossaryMapper.ToRecord(term), cancellationToken);
        }

        var measures = await db.CooperationMeasures.AsNoTracking().OrderBy(m => m.Position).ToListAsync(cancellationToken);
        if (measures.Count > 0)
        {
            await WriteAsync(root, Dataset.MeasuresFile, measures.Select(CooperationMapper.ToRecord).ToList(), cancellationToken);
        }

        var routes = await db.CooperationRoutes.AsNoTracking()
            .Include(r => r.Instrument).Include(r => r.AuthoritiesInstrument).Include(r => r.Documents).Include(r => r.Organisations)
            .OrderBy(r => r.Slug)
            .ToListAsync(cancellationToken);
        foreach (var route in routes)
        {
            await WriteAsync(root, $"{Dataset.RoutesFolder}/{route.Slug}.json", CooperationMapper.ToRecord(route), cancellationToken);
        }

        var about = await db.AboutPages.AsNoTracking().Include(a => a.FundingProjects).SingleOrDefaultAsync(cancellationToken);
        if (about is not null)
        {
            await WriteAsync(root, Dataset.AboutFile, AboutMapper.ToRecord(about), cancellationToken);
        }

        return $"{organisations.Count} organisations, {instruments.Count} instruments, {rounds.Count} monitoring rounds, " +
            $"{documents.Count} documents, {authorities.Count} authorities, {glossary.Count} glossary terms, {routes.Count} cooperation routes";
    }

    private static Task<List<TermRecord>> TermsAsync<T>(IQueryable<T> terms, CancellationToken cancellationToken)
        where T : Term =>
        terms.AsNoTracking().OrderBy(t => t.Position)
            .Select(t => new TermRecord(t.Key, new LocalisedTextRecord(t.Label.En, t.Label.Fr)))
            .ToListAsync(cancellationToken);

    private static async Task WriteAsync<T>(string root, string file, T value, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, value, DatasetJson.Options, cancellationToken);
    }
}
