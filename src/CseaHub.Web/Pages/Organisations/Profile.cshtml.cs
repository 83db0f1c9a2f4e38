using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Organisations;

/// <summary>An organisation's profile: identity, audiences, contact facts with their sources, sections and bodies.</summary>
public sealed class ProfileModel(OrganisationProfiles profiles, PublicLinks links) : PageModel
{
    public OrganisationProfile Profile { get; private set; } = null!;

    public string LinkedData { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(slug, HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        var language = HubCulture.CurrentLanguage;
        LinkedData = Pages.LinkedData.Organisation(
            profile, language, links.Page(Request, $"/organisations/{profile.Slug}", language), path => links.Page(Request, path, language));
        return Page();
    }
}
