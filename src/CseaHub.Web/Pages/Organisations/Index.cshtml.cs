using System.Globalization;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Organisations;

/// <summary>The organisation directory: GET filters (shareable URLs, no JavaScript), sorted by name, paged.</summary>
public sealed class IndexModel(OrganisationDirectory directory) : PageModel
{
    public DirectoryFilter Filter { get; private set; } = null!;

    public DirectoryOptions Options { get; private set; } = null!;

    public DirectoryPage? Result { get; private set; }

    /// <summary>Problems with the query string, by parameter; when there are any, no results are shown.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        var (filter, errors) = DirectoryFilter.Parse(
            query["q"], query["type"], query["audience"], query["topic"], query["country"], query["sort"], query["page"], null);
        Filter = filter;
        Options = await directory.OptionsAsync(HttpContext.CurrentViewer(), cancellationToken);
        var allErrors = new Dictionary<string, string[]>(errors);
        foreach (var (key, value) in await directory.UnknownValuesAsync(filter, cancellationToken))
        {
            allErrors.TryAdd(key, value);
        }

        Errors = allErrors;
        if (allErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await directory.SearchAsync(filter, HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken);
    }

    /// <summary>
    /// A link to this directory with the current filters and another page or sort order. Built by hand because
    /// "page" is a reserved route value in Razor Pages and cannot go through the link generator.
    /// </summary>
    public string LinkWith(int? page = null, string? sort = null)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Filter.Query,
            ["type"] = Filter.Type,
            ["audience"] = Filter.Audience,
            ["topic"] = Filter.Topic,
            ["country"] = Filter.Country,
            ["sort"] = sort ?? (Filter.Sort == DirectorySort.Name ? null : Filter.SortValue),
            ["page"] = page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null));
        return Url.Page("/Organisations/Index") + query;
    }
}
