using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Discovery;

/// <summary>A public page of the hub: its English path and when its public part last changed (null: not tracked).</summary>
public sealed record PublicEntry(string Path, DateTime? Updated);

/// <summary>
/// Every page an anonymous reader may open, by section, for the sitemaps. It asks the publication rules as an
/// anonymous viewer and dates entries by their public part only, so nothing restricted, and no edit to a restricted
/// part, shows through.
/// </summary>
public sealed class PublicCatalogue(HubDbContext db)
{
    /// <summary>Items per sitemap file: each is listed in both languages, well under the protocol's 50,000 addresses.</summary>
    public const int PerSitemap = 20_000;

    public static readonly IReadOnlyList<string> Sections = ["pages", "organisations", "instruments", "countries", "rounds", "documents"];

    private static readonly string[] FixedPages =
        ["/", "/organisations", "/instruments", "/countries", "/monitoring", "/library", "/cooperation", "/cooperation/grid", "/glossary", "/about"];

    private static readonly Viewer Anonymous = Viewer.Anonymous;

    public async Task<int> CountAsync(string section, CancellationToken cancellationToken) => section switch
    {
        "pages" => FixedPages.Length,
        "organisations" => await db.Organisations.VisibleTo(Anonymous).CountAsync(cancellationToken),
        "instruments" => await db.Instruments.VisibleTo(Anonymous).CountAsync(cancellationToken),
        "countries" => await db.Countries.CountAsync(cancellationToken),
        "rounds" => await MonitoringRounds.Visible(db, Anonymous).CountAsync(cancellationToken),
        "documents" => await db.Documents.VisibleTo(Anonymous).CountAsync(cancellationToken),
        _ => 0,
    };

    /// <summary>One sitemap's worth of a section, from 1, in a stable order.</summary>
    public async Task<IReadOnlyList<PublicEntry>> ReadAsync(string section, int part, CancellationToken cancellationToken)
    {
        var skip = (part - 1) * PerSitemap;
        return section switch
        {
            "pages" => part == 1 ? [.. FixedPages.Select(path => new PublicEntry(path, null))] : [],
            "organisations" => await Of(db.Organisations.VisibleTo(Anonymous).AsNoTracking().OrderBy(o => o.Id)
                .Select(o => new PublicEntry("/organisations/" + o.Slug, o.PublicUpdatedUtc)), skip, cancellationToken),
            "instruments" => await Of(db.Instruments.VisibleTo(Anonymous).AsNoTracking().OrderBy(i => i.Id)
                .Select(i => new PublicEntry("/instruments/" + i.Slug, i.PublicUpdatedUtc)), skip, cancellationToken),
            "countries" => [.. (await db.Countries.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).Skip(skip).Take(PerSitemap).ToListAsync(cancellationToken))
                .Select(code => new PublicEntry("/countries/" + code.ToLowerInvariant(), null))],
            "rounds" => await Of(MonitoringRounds.Visible(db, Anonymous).AsNoTracking().OrderBy(r => r.Id)
                .Select(r => new PublicEntry("/monitoring/" + r.Instrument.Slug + "/" + r.Number, r.PublicUpdatedUtc)), skip, cancellationToken),
            "documents" => await Of(db.Documents.VisibleTo(Anonymous).AsNoTracking().OrderBy(d => d.Id)
                .Select(d => new PublicEntry("/library/" + d.Slug, d.PublicUpdatedUtc)), skip, cancellationToken),
            _ => [],
        };
    }

    private static async Task<IReadOnlyList<PublicEntry>> Of(IQueryable<PublicEntry> entries, int skip, CancellationToken cancellationToken) =>
        await entries.Skip(skip).Take(PerSitemap).ToListAsync(cancellationToken);
}
