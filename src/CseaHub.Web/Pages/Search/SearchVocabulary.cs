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
}

/// <summary>
/// Names facet values for the reader and checks filter values against them: organisations and instruments the reader
/// may not see have no label, so they can be neither shown as a facet nor used as a filter (the answer is the same as
/// for a value that does not exist).
/// </summary>
public sealed class SearchVocabulary(HubDbContext db, IStringLocalizer<SharedResource> text, FacetLabelCache cache)
{
    public async Task<FacetLabels> LabelsAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var key = (viewer.IsVettedProfessional, System.Globalization.CultureInfo.CurrentUICulture.Name);
        return await cache.GetOrLoadAsync(key, () => LoadAsync(viewer, cancellationToken));
    }

    private async Task<FacetLabels> LoadAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var bodies = await db.Organisations.VisibleTo(viewer).Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken);
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
            [SearchFacets.Body] = bodies.ToDictionary(b => b.Slug, b => b.Name),
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
/// Facet labels by kind of reader and language, kept until the change feed shows any change (the search indexer drops
/// them), so a search does not read the whole vocabulary from the database each time.
/// </summary>
public sealed class FacetLabelCache : ChangeFeedCache<(bool Vetted, string Culture), FacetLabels>;
