using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Search;

/// <summary>A glossary concept a query named, and the other names search also looked for.</summary>
public sealed record Expansion(string Slug, LocalisedText Preferred, string Matched, IReadOnlyList<string> NamesEn, IReadOnlyList<string> NamesFr)
{
    public IEnumerable<string> OtherNames => NamesEn.Concat(NamesFr).Where(IsOther).Distinct(StringComparer.OrdinalIgnoreCase);

    public bool IsOther(string name) => IdentifierKey.Normalize(name) != IdentifierKey.Normalize(Matched);
}

/// <summary>
/// Query expansion from the glossary: a query that names a concept in any of its words (English or French, preferred,
/// alternative or discouraged) also searches for all the others. Only published, public terms take part, so the
/// expansion itself reveals nothing. The list is cached and dropped when the change feed shows a glossary change.
/// </summary>
public sealed class GlossaryExpansion(IServiceScopeFactory scopes)
{
    private readonly ChangeFeedCache<bool, IReadOnlyList<Concept>> _concepts = new();

    public void Invalidate() => _concepts.Invalidate();

    public async Task<IReadOnlyList<Expansion>> ExpandAsync(string query, CancellationToken cancellationToken)
    {
        var normalized = IdentifierKey.Normalize(query);
        var padded = $" {normalized} ";
        var concepts = await _concepts.GetOrLoadAsync(true, () => LoadAsync(cancellationToken));
        var expansions = new List<Expansion>();
        foreach (var concept in concepts)
        {
            // A name the query contains, or a query of two words or more that a name starts with ("sollicitation
            // d'enfants" for "sollicitation d'enfants à des fins sexuelles"); the longest name wins.
            var matched = concept.Names
                .Where(n => n.Key.Length > 0 && (padded.Contains($" {n.Key} ", StringComparison.Ordinal)
                    || (normalized.Contains(' ', StringComparison.Ordinal) && $"{n.Key} ".StartsWith(normalized + " ", StringComparison.Ordinal))))
                .OrderByDescending(n => n.Key.Length).FirstOrDefault();
            if (matched.Name is not null)
            {
                expansions.Add(new Expansion(concept.Slug, concept.Preferred, matched.Name, concept.NamesEn, concept.NamesFr));
            }
        }

        return expansions;
    }

    private async Task<IReadOnlyList<Concept>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var terms = await db.GlossaryTerms.AsNoTracking().VisibleTo(Viewer.Anonymous).ToListAsync(cancellationToken);
        return [.. terms.Select(t =>
        {
            List<string> en = [t.Preferred.En, .. t.AlternativesEn, .. t.DiscouragedEn];
            List<string> fr = [t.Preferred.Fr, .. t.AlternativesFr, .. t.DiscouragedFr];
            return new Concept(
                t.Slug,
                t.Preferred,
                [.. en.Where(n => n.Length > 0)],
                [.. fr.Where(n => n.Length > 0)],
                [.. en.Concat(fr).Where(n => n.Length > 0).Select(n => (n, IdentifierKey.Normalize(n)))]);
        })];
    }

    private sealed record Concept(
        string Slug, LocalisedText Preferred, IReadOnlyList<string> NamesEn, IReadOnlyList<string> NamesFr, IReadOnlyList<(string Name, string Key)> Names);
}
