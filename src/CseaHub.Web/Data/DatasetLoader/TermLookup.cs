using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Tracked taxonomy terms and countries by key, to attach to records without a query per reference.</summary>
internal sealed record TermLookup(
    IReadOnlyDictionary<string, OrganisationType> Types,
    IReadOnlyDictionary<string, Audience> Audiences,
    IReadOnlyDictionary<string, Topic> Topics,
    IReadOnlyDictionary<string, Country> Countries)
{
    public static async Task<TermLookup> LoadAsync(HubDbContext db, CancellationToken cancellationToken) => new(
        await db.OrganisationTypes.ToDictionaryAsync(t => t.Key, cancellationToken),
        await db.Audiences.ToDictionaryAsync(t => t.Key, cancellationToken),
        await db.Topics.ToDictionaryAsync(t => t.Key, cancellationToken),
        await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken));
}
