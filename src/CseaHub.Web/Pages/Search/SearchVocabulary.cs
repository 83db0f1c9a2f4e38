using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Resources;
using CseaHub.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Search;

/// <summary>The label of every facet value the reader may see, by dimension; a value missing here is not shown or accepted.</summary>
public sealed class FacetLabels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, LocalisedText>> labels)
{
    public bool Knows(string dimension, string value) =>
        dimension == SearchFacets.Year ? value.All(char.IsAsciiDigit) : labels.TryGetValue(dimension, out var values) && values.ContainsKey(value);

    public IEnumerable<KeyValuePair<string, LocalisedText>> Values(string dimension) =>
        labels.TryGetValue(dimension, out var values) ? values : [];

    public LocalisedText? Label(string dimension, string value) =>
        dimension == SearchFacets.Year ? LocalisedHtml.AlreadyLocalised(value)
        : labels.TryGetValue(dimension, out var values) && values.TryGetValue(value, out var label) ? label : null;

    /// <summary>These labels with <paramref name="bodies"/> as the labels of the body dimension.</summary>
    public FacetLabels WithBodies(IReadOnlyDictionary<string, LocalisedText> bodies) =>
        new(new Dictionary<string, IReadOnlyDictionary<string, LocalisedText>>(labels) { [SearchFacets.Body] = bodies });
}

/// <summary>
/// Names facet values for the reader and checks filter values against them: organisations and instruments the reader
/// may not see have no label, so they can be neither shown as a facet nor used as a filter (the answer is the same as
/// for a value that does not exist).
/// </summary>
public sealed class SearchVocabulary(HubDbContext db, IStringLocalizer<SharedResource> text, FacetLabelCache cache, BodyLabelCache bodyNames)
{
    /// <summary>
    /// The labels of every dimension but the bodies, of which only <paramref name="bodies"/>: organisations are
    /// counted by the ten thousand, and a search shows or filters on a few of them.
    /// </summary>
    public async Task<FacetLabels> LabelsAsync(Viewer viewer, IEnumerable<string> bodies, CancellationToken cancellationToken)
    {
        var key = (viewer.IsVettedProfessional, System.Globalization.CultureInfo.CurrentUICulture.Name);
        var labels = await cache.GetOrLoadAsync(key, () => LoadAsync(viewer, cancellationToken));
        var names = await bodyNames.GetOrLoadAsync(viewer.IsVettedProfessional, bodies, async slugs =>
            await db.Organisations.VisibleTo(viewer).Where(o => slugs.Contains(o.Slug)).Select(o => new { o.Slug, o.Name })
                .ToDictionaryAsync(o => o.Slug, o => o.Name, StringComparer.Ordinal, cancellationToken));
        return labels.WithBodies(names);
    }

    /// <summary>The bodies a search names: those it filters on and, once it has run, those its facets count.</summary>
    public static IEnumerable<string> BodiesIn(SearchParameters parameters, SearchOutcome? outcome = null)
    {
        var counted = outcome?.Facets.GetValueOrDefault(SearchFacets.Body)?.Select(v => v.Value) ?? [];
        return parameters.Filters.TryGetValue(SearchFacets.Body, out var chosen) ? counted.Append(chosen) : counted;
    }

    private async Task<FacetLabels> LoadAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var instruments = await db.Instruments.VisibleTo(viewer).Select(i => new { i.Slug, i.ShortName }).ToListAsync(cancellationToken);
        var countries = await db.Countries.Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        var topics = await db.Topics.Select(t => new { t.Key, t.Label }).ToListAsync(cancellationToken);
        var audiences = await db.Audiences.Select(t => new { t.Key, t.Label }).ToListAsync(cancellationToken);
        var types = await db.OrganisationTypes.Select(t => new { t.Key, t.Label }).ToListAsync(cancellationToken);

        var kinds = new Dictionary<string, LocalisedText>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            kinds[kind.ToKey()] = Ui("DocumentKind." + kind);
        }

        foreach (var kind in Enum.GetValues<InstrumentKind>())
        {
            kinds[kind.ToKey()] = Ui("InstrumentKind." + kind);
        }

        foreach (var area in Enum.GetValues<FindingArea>())
        {
            kinds[area.ToKey()] = Ui("FindingArea." + area);
        }

        foreach (var type in types)
        {
            kinds.TryAdd(type.Key, type.Label);
        }

        return new FacetLabels(new Dictionary<string, IReadOnlyDictionary<string, LocalisedText>>
        {
            [SearchFacets.Type] = SearchTypes.All.ToDictionary(t => t, t => Ui("SearchType." + t)),
            [SearchFacets.Kind] = kinds,
            [SearchFacets.Instrument] = instruments.ToDictionary(i => i.Slug, i => i.ShortName),
            [SearchFacets.Country] = countries.ToDictionary(c => c.Code, c => c.Name),
            [SearchFacets.Topic] = topics.ToDictionary(t => t.Key, t => t.Label),
            [SearchFacets.Audience] = audiences.ToDictionary(t => t.Key, t => t.Label),
        });
    }

    /// <summary>Filter values and the favoured audience that name nothing the reader may see, by parameter.</summary>
    public static Dictionary<string, string[]> Validate(SearchParameters parameters, FacetLabels labels, IReadOnlyDictionary<string, string[]> parseErrors)
    {
        var errors = new Dictionary<string, string[]>(parseErrors);
        foreach (var (dimension, value) in parameters.Filters)
        {
            if (!labels.Knows(dimension, value))
            {
                errors[dimension] = [$"'{value}' is not a {dimension} the hub knows."];
            }
        }

        if (parameters.ForAudience is { } audience && !labels.Knows(SearchFacets.Audience, audience))
        {
            errors["for"] = [$"'{audience}' is not an audience the hub knows."];
        }

        return errors;
    }

    private LocalisedText Ui(string key) => LocalisedHtml.AlreadyLocalised(text[key].Value);
}

/// <summary>
/// Facet labels but the bodies' (<see cref="BodyLabelCache"/>), by kind of reader and language, kept until the change
/// feed shows any change (the search indexer drops them), so a search does not read the vocabulary each time.
/// </summary>
public sealed class FacetLabelCache : ChangeFeedCache<(bool Vetted, string Culture), FacetLabels>;
