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

    public ResultPage<DirectoryItem>? Result { get; private set; }

    /// <summary>Problems with the query string, by parameter; when there are any, no results are shown.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        var (filter, parseErrors) = DirectoryFilter.Parse(
            query["q"], query["type"], query["audience"], query["topic"], query["country"], query["sort"], query["page"], null);
        var viewer = HttpContext.CurrentViewer();
        Filter = filter;
        Options = await directory.OptionsAsync(viewer, HubCulture.CurrentLanguage, cancellationToken);
        Errors = await directory.ValidateAsync(filter, parseErrors, cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await directory.SearchAsync(filter, viewer, HubCulture.CurrentLanguage, cancellationToken);
        if (Result.IsPastEnd)
        {
            // Past the last page: say where the last page is, but do not pretend this address exists.
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>
    /// A link to this directory with the current filters on another page. Built by hand because "page" is a reserved
    /// route value in Razor Pages and cannot go through the link generator.
    /// </summary>
    public string LinkToPage(int page)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Filter.Query,
            ["type"] = Filter.Type,
            ["audience"] = Filter.Audience,
            ["topic"] = Filter.Topic,
            ["country"] = Filter.Country,
            ["sort"] = Filter.Sort == DirectorySort.Name ? null : Filter.SortValue,
            ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null));
        return Url.Page("/Organisations/Index") + query;
    }
}
