using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Search;

/// <summary>Search across the hub: plain GET, facets as links, works without JavaScript.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(HubRateLimits.SearchPage)]
public sealed class IndexModel(SearchEngine engine, SearchVocabulary vocabulary) : PageModel
{
    public SearchParameters Parameters { get; private set; } = null!;

    public FacetLabels Labels { get; private set; } = null!;

    public SearchOutcome? Outcome { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public int PageCount => Pager.CountFor(Outcome?.Total ?? 0, Parameters.PageSize);

    /// <summary>Results exist but the address asks for a page after the last one.</summary>
    public bool IsPastEnd => Outcome is { Hits.Count: 0, Total: > 0 };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (parameters, parseErrors) = SearchParameters.Parse(Request.Query);
        var viewer = HttpContext.CurrentViewer();
        Parameters = parameters;
        Labels = await vocabulary.LabelsAsync(viewer, SearchVocabulary.BodiesIn(parameters), cancellationToken);
        Errors = SearchVocabulary.Validate(parameters, Labels, parseErrors);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!parameters.IsEmpty)
        {
            Outcome = await engine.SearchAsync(parameters.ToRequest(HubCulture.CurrentLanguage, viewer), cancellationToken);
            Labels = await vocabulary.LabelsAsync(viewer, SearchVocabulary.BodiesIn(parameters, Outcome), cancellationToken);
            if (IsPastEnd)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }
    }

    /// <summary>This search with one value changed (a facet chosen or removed, another page), as a link.</summary>
    public string Link(Action<Dictionary<string, string?>> change) =>
        Url.Page("/Search/Index") + QueryString.Create(Parameters.ToQuery(change).Where(p => p.Value is not null));

    public string LinkToPage(int page) =>
        Link(values => values["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
