using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Organisations;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Library;

/// <summary>The document library: GET filters (shareable URLs, no JavaScript), newest first, paged.</summary>
public sealed class IndexModel(LibraryCatalogue catalogue, IStringLocalizer<SharedResource> text) : PageModel
{
    public LibraryFilter Filter { get; private set; } = null!;

    public LibraryOptions Options { get; private set; } = null!;

    public ResultPage<LibraryItem>? Result { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Document kinds as filter options, labelled in the reader's language.</summary>
    public IReadOnlyList<FilterOption> KindOptions =>
        [.. Options.Kinds.Select(kind => new FilterOption(kind.ToKey(), LocalisedHtml.AlreadyLocalised(text["DocumentKind." + kind])))];

    public IReadOnlyList<FilterOption> YearOptions =>
        [.. Options.Years.Select(year => new FilterOption(year.ToString(System.Globalization.CultureInfo.InvariantCulture), LocalisedHtml.AlreadyLocalised(year.ToString(System.Globalization.CultureInfo.CurrentCulture))))];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, parseErrors) = LibraryFilter.Parse(Request.Query);
        var viewer = HttpContext.CurrentViewer();
        Filter = filter;
        Options = await catalogue.OptionsAsync(viewer, HubCulture.CurrentLanguage, cancellationToken);
        Errors = await catalogue.ValidateAsync(filter, parseErrors, viewer, cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await catalogue.SearchAsync(filter, viewer, cancellationToken);
        if (Result.IsPastEnd)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>A link to this list with the current filters on another page ("page" cannot go through the link generator).</summary>
    public string LinkToPage(int page)
    {
        var values = Filter.ToQuery();
        values["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Url.Page("/Library/Index") + QueryString.Create(values.Where(p => p.Value is not null));
    }
}
