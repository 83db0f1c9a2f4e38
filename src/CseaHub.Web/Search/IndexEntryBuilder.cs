using System.Globalization;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Glossary;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Pages;
using Markdig;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Search;

/// <summary>
/// Reads content items of one type from the database and turns each into index entries: an instrument with its
/// articles, a round with its findings. An item that no longer exists, or is not published, gives none, so its
/// entries go. Items are read in batches: one query per batch, not per item, so a rebuild of 100,000 documents takes
/// minutes rather than hours.
/// </summary>
public sealed class IndexEntryBuilder(HubDbContext db)
{
    public const int BatchSize = 500;

    /// <summary>The entries of each of <paramref name="keys"/> (of one type), none for a key that is gone.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<IndexEntry>>> BuildAsync(
        string type, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var built = type switch
        {
            ContentTypes.Organisation => await OrganisationsAsync(keys, cancellationToken),
            ContentTypes.Instrument => await InstrumentsAsync(keys, cancellationToken),
            ContentTypes.Document => await DocumentsAsync(keys, cancellationToken),
            ContentTypes.MonitoringRound => await RoundsAsync(keys, cancellationToken),
            ContentTypes.Country => await CountriesAsync(keys, cancellationToken),
            ContentTypes.GlossaryTerm => await GlossaryTermsAsync(keys, cancellationToken),
            _ => [],
        };
        return keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => built.GetValueOrDefault(k) ?? [], StringComparer.Ordinal);
    }

    /// <summary>Every item the index should hold, as (type, key) pairs, for a rebuild.</summary>
    public async Task<IReadOnlyList<(string Type, string Key)>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<(string, string)>();
        all.AddRange((await db.Organisations.Select(o => o.Slug).ToListAsync(cancellationToken)).Select(s => (ContentTypes.Organisation, s)));
        all.AddRange((await db.Instruments.Select(i => i.Slug).ToListAsync(cancellationToken)).Select(s => (ContentTypes.Instrument, s)));
        all.AddRange((await db.Documents.Select(d => d.Slug).ToListAsync(cancellationToken)).Select(s => (ContentTypes.Document, s)));
        all.AddRange((await db.MonitoringRounds.Select(r => r.Slug).ToListAsync(cancellationToken)).Select(s => (ContentTypes.MonitoringRound, s)));
        all.AddRange((await db.Countries.Select(c => c.Code).ToListAsync(cancellationToken)).Select(s => (ContentTypes.Country, s)));
        all.AddRange((await db.GlossaryTerms.Select(t => t.Slug).ToListAsync(cancellationToken)).Select(s => (ContentTypes.GlossaryTerm, s)));
        return all;
    }

    private async Task<Dictionary<string, IReadOnlyList<IndexEntry>>> OrganisationsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking()
            .Include(x => x.Type).Include(x => x.Audiences).Include(x => x.Topics).Include(x => x.Countries).Include(x => x.Sections)
            .Where(x => EF.Parameter(slugs).Contains(x.Slug)).ToListAsync(cancellationToken))
        .ToDictionary(o => o.Slug, Organisation, StringComparer.Ordinal);

    private static IReadOnlyList<IndexEntry> Organisation(Organisation o)
    {
        var slug = o.Slug;
        return IndexEntry.ForViews(o, viewer =>
        {
            var sections = o.Sections.VisibleTo(viewer).OrderBy(s => s.Position).ToList();
            var body = Join(
                [o.Summary, o.Description, .. sections.Select(s => s.Title), .. sections.Select(s => Plain(s.Body))]);
            return
            [
                new IndexEntry(
                    IndexEntry.OwnerOf(ContentTypes.Organisation, slug),
                    IndexEntry.OwnerOf(ContentTypes.Organisation, slug),
                    SearchTypes.Organisation,
                    $"/organisations/{slug}",
                    o.Acronym is { } acronym ? new LocalisedText($"{o.Name.En} ({acronym})", o.Name.Fr.Length > 0 ? $"{o.Name.Fr} ({acronym})" : string.Empty) : o.Name,
                    body,
                    [.. new[] { o.Acronym, o.Name.En, o.Name.Fr }.OfType<string>().Where(n => n.Length > 0)],
                    Facets(
                        (SearchFacets.Type, [SearchTypes.Organisation]),
                        (SearchFacets.Kind, [o.Type.Key]),
                        (SearchFacets.Country, [.. o.Countries.Select(c => c.Code)]),
                        (SearchFacets.Topic, [.. o.Topics.Select(t => t.Key)]),
                        (SearchFacets.Audience, [.. o.Audiences.Select(a => a.Key)])),
                    DateOnly.FromDateTime(o.PublicUpdatedUtc)),
            ];
        });
    }

    private async Task<Dictionary<string, IReadOnlyList<IndexEntry>>> InstrumentsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        (await db.Instruments.AsNoTracking().Include(x => x.Owner).Include(x => x.Articles)
            .Where(x => EF.Parameter(slugs).Contains(x.Slug)).ToListAsync(cancellationToken))
        .ToDictionary(i => i.Slug, Instrument, StringComparer.Ordinal);

    private static IReadOnlyList<IndexEntry> Instrument(Instrument i)
    {
        var slug = i.Slug;
        var owner = IndexEntry.OwnerOf(ContentTypes.Instrument, slug);
        var date = (i.Adopted ?? i.OpenedForSignature ?? i.EntryIntoForce)?.Date;
        var references = new[] { i.Reference, i.ShortName.En, i.ShortName.Fr }.Concat(i.Aliases).OfType<string>().Where(n => n.Length > 0).ToList();
        var instrumentFacets = Facets(
            (SearchFacets.Type, [SearchTypes.Instrument]),
            (SearchFacets.Kind, [i.Kind.ToKey()]),
            (SearchFacets.Body, i.Owner is null ? [] : [i.Owner.Slug]),
            (SearchFacets.Instrument, [slug]),
            (SearchFacets.Year, date is { } d ? [Year(d.Year)] : []));
        return IndexEntry.ForViews(i, _ =>
        [
            new IndexEntry(owner, owner, SearchTypes.Instrument, $"/instruments/{slug}",
                new LocalisedText($"{i.ShortName.En} – {i.Title.En}", i.ShortName.Fr.Length > 0 ? $"{i.ShortName.Fr} – {i.Title.Fr}" : string.Empty),
                i.Summary, references, instrumentFacets, date),
            .. i.Articles.OrderBy(a => a.Position).Select(a => new IndexEntry(
                $"{SearchTypes.Article}:{slug}:{a.Number}",
                owner,
                SearchTypes.Article,
                $"/instruments/{slug}#article-{a.Number}",
                new LocalisedText(
                    $"Art. {a.Number} – {a.Title.En} ({i.ShortName.En})",
                    a.Title.Fr.Length > 0 ? $"Art. {a.Number} – {a.Title.Fr} ({(i.ShortName.Fr.Length > 0 ? i.ShortName.Fr : i.ShortName.En)})" : string.Empty),
                a.Summary,
                [.. ArticleIdentifiers(a.Number, references)],
                Facets(
                    (SearchFacets.Type, [SearchTypes.Article]),
                    (SearchFacets.Instrument, [slug]),
                    (SearchFacets.Body, i.Owner is null ? [] : [i.Owner.Slug])),
                date)),
        ]);
    }

    private async Task<Dictionary<string, IReadOnlyList<IndexEntry>>> DocumentsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        (await db.Documents.AsNoTracking()
            .Include(x => x.IssuedBy).Include(x => x.Instruments).Include(x => x.Articles).ThenInclude(a => a.Instrument)
            .Include(x => x.Countries).Include(x => x.Topics).Include(x => x.Audiences)
            .Where(x => EF.Parameter(slugs).Contains(x.Slug)).ToListAsync(cancellationToken))
        .ToDictionary(d => d.Slug, Document, StringComparer.Ordinal);

    private static IReadOnlyList<IndexEntry> Document(Document d)
    {
        var slug = d.Slug;
        var owner = IndexEntry.OwnerOf(ContentTypes.Document, slug);
        return IndexEntry.ForViews(d, _ =>
        [
            new IndexEntry(owner, owner, SearchTypes.Document, $"/library/{slug}", d.Title, d.Summary,
                [.. d.Articles.SelectMany(a => ArticleIdentifiers(a.Number, [a.Instrument.Reference, a.Instrument.ShortName.En]))],
                Facets(
                    (SearchFacets.Type, [SearchTypes.Document]),
                    (SearchFacets.Kind, [d.Kind.ToKey()]),
                    (SearchFacets.Body, d.IssuedBy is null ? [] : [d.IssuedBy.Slug]),
                    (SearchFacets.Instrument, [.. d.Instruments.Select(i => i.Slug)]),
                    (SearchFacets.Country, [.. d.Countries.Select(c => c.Code)]),
                    (SearchFacets.Topic, [.. d.Topics.Select(t => t.Key)]),
                    (SearchFacets.Audience, [.. d.Audiences.Select(a => a.Key)]),
                    (SearchFacets.Year, [Year(d.Issued.Year)])),
                d.Issued.SortKey),
        ]);
    }

    private async Task<Dictionary<string, IReadOnlyList<IndexEntry>>> RoundsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        (await db.MonitoringRounds.AsNoTracking().Include(x => x.Instrument).ThenInclude(i => i.MonitoringBody)
            .Include(x => x.Findings).ThenInclude(f => f.Countries)
            .Where(x => EF.Parameter(slugs).Contains(x.Slug)).ToListAsync(cancellationToken))
        .ToDictionary(r => r.Slug, Round, StringComparer.Ordinal);

    private static IReadOnlyList<IndexEntry> Round(MonitoringRound r)
    {
        var slug = r.Slug;
        var owner = IndexEntry.OwnerOf(ContentTypes.MonitoringRound, slug);
        var url = $"/monitoring/{r.Instrument.Slug}/{r.Number}";
        var body = r.Instrument.MonitoringBody is { } monitoringBody ? [monitoringBody.Slug] : Array.Empty<string>();
        var date = r.ReportAdopted?.Date ?? r.Launched?.SortKey;
        return IndexEntry.WithinParent(IndexEntry.ForViews(r, _ =>
        [
            new IndexEntry(owner, owner, SearchTypes.Round, url,
                new LocalisedText($"Round {r.Number}: {r.Theme.En}", r.Theme.Fr.Length > 0 ? $"Cycle {r.Number} : {r.Theme.Fr}" : string.Empty),
                r.Summary, [],
                Facets(
                    (SearchFacets.Type, [SearchTypes.Round]),
                    (SearchFacets.Body, body),
                    (SearchFacets.Instrument, [r.Instrument.Slug]),
                    (SearchFacets.Year, r.Launched is { } launched ? [Year(launched.Year)] : [])),
                date),
            .. r.Findings.OrderBy(f => f.Position).Select(f => new IndexEntry(
                $"{SearchTypes.Finding}:{slug}:{f.Key}",
                owner,
                SearchTypes.Finding,
                $"{url}#finding-{f.Key}",
                new LocalisedText(Headline(f.Text.En), Headline(f.Text.Fr)),
                f.Text,
                [],
                Facets(
                    (SearchFacets.Type, [SearchTypes.Finding]),
                    (SearchFacets.Kind, [f.Area.ToKey()]),
                    (SearchFacets.Body, body),
                    (SearchFacets.Instrument, [r.Instrument.Slug]),
                    (SearchFacets.Country, [.. f.Countries.Select(c => c.Code)])),
                date)),
        ]), r.Instrument);
    }

    /// <summary>The items whose entries depend on this one's visibility: an instrument's rounds.</summary>
    public async Task<IReadOnlyList<(string Type, string Key)>> DependentsAsync(string type, string key, CancellationToken cancellationToken) =>
        type == ContentTypes.Instrument
            ? [.. (await db.MonitoringRounds.Where(r => r.Instrument.Slug == key).Select(r => r.Slug).ToListAsync(cancellationToken))
                .Select(slug => (ContentTypes.MonitoringRound, slug))]
            : [];

    private async Task<Dictionary<string, IReadOnlyList<IndexEntry>>> CountriesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        (await db.Countries.AsNoTracking().Where(x => EF.Parameter(codes).Contains(x.Code)).ToListAsync(cancellationToken))
        .ToDictionary(c => c.Code, Country, StringComparer.Ordinal);

    private static IReadOnlyList<IndexEntry> Country(Domain.Countries.Country c)
    {
        var code = c.Code;
        var owner = IndexEntry.OwnerOf(ContentTypes.Country, code);
        var entry = new IndexEntry(owner, owner, SearchTypes.Country, $"/countries/{code.ToLowerInvariant()}", c.Name, LocalisedText.Empty,
            [code, c.Name.En, c.Name.Fr],
            Facets((SearchFacets.Type, [SearchTypes.Country]), (SearchFacets.Country, [code])),
            null);
        return [entry with { Views = [SearchFields.PublicView, SearchFields.ProfessionalView] }];
    }

    private async Task<Dictionary<string, IReadOnlyList<IndexEntry>>> GlossaryTermsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        (await db.GlossaryTerms.AsNoTracking().Where(x => EF.Parameter(slugs).Contains(x.Slug)).ToListAsync(cancellationToken))
        .ToDictionary(t => t.Slug, GlossaryTerm, StringComparer.Ordinal);

    private static IReadOnlyList<IndexEntry> GlossaryTerm(GlossaryTerm t)
    {
        var slug = t.Slug;
        var owner = IndexEntry.OwnerOf(ContentTypes.GlossaryTerm, slug);
        var names = new LocalisedText(
            string.Join(", ", t.AlternativesEn.Concat(t.DiscouragedEn)),
            string.Join(", ", t.AlternativesFr.Concat(t.DiscouragedFr)));
        return IndexEntry.ForViews(t, _ =>
        [
            // No identifiers: the names are in the text, and a glossary entry should not outrank the law it explains.
            new IndexEntry(owner, owner, SearchTypes.Term, $"/glossary#term-{slug}", t.Preferred, Join([t.Definition, names]),
                [], Facets((SearchFacets.Type, [SearchTypes.Term])), null),
        ]);
    }

    private static IEnumerable<string> ArticleIdentifiers(string number, IEnumerable<string?> instrumentNames)
    {
        string[] article = [$"art {number}", $"article {number}"];
        return article.Concat(instrumentNames.OfType<string>().Where(n => n.Length > 0)
            .SelectMany(name => article.Select(a => $"{name} {a}")));
    }

    private static Dictionary<string, IReadOnlyList<string>> Facets(params (string Dimension, IReadOnlyList<string> Values)[] facets) =>
        facets.Where(f => f.Values.Count > 0).ToDictionary(f => f.Dimension, f => f.Values);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static LocalisedText Join(IEnumerable<LocalisedText> parts)
    {
        var list = parts.ToList();
        return new LocalisedText(
            string.Join("\n", list.Select(p => p.En).Where(t => t.Length > 0)),
            string.Join("\n", list.Select(p => p.Fr).Where(t => t.Length > 0)));
    }

    private static LocalisedText Plain(LocalisedText markdown) =>
        new(Markdown.ToPlainText(markdown.En).Trim(), markdown.Fr.Length > 0 ? Markdown.ToPlainText(markdown.Fr).Trim() : string.Empty);

    /// <summary>A finding has no title: its first words stand in for one.</summary>
    private static string Headline(string text)
    {
        if (text.Length <= 110)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 110);
        return text[..(cut > 60 ? cut : 110)] + "…";
    }
}
