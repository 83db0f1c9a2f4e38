using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Library;

/// <summary>One document: what it is, who issued it and when, what it concerns, and the findings that cite it.</summary>
public sealed class DocumentModel(DocumentProfiles profiles, PublicLinks links) : PageModel
{
    public DocumentProfile Document { get; private set; } = null!;

    public string LinkedData { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(slug, HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        var language = HubCulture.CurrentLanguage;
        LinkedData = Pages.LinkedData.Document(
            document, language, links.Page(Request, $"/library/{document.Slug}", language), path => links.Page(Request, path, language));
        return Page();
    }
}
