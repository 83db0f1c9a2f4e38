using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Countries;

/// <summary>Where a country stands: its status for every instrument, and the organisations based or active there.</summary>
public sealed class CountryModel(CountryProfiles profiles) : PageModel
{
    public CountryProfile Country { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        if (CountryProfiles.IsCountryCode(code) && code.Any(char.IsAsciiLetterUpper))
        {
            // One address per country: /countries/fr, never /countries/FR.
            return RedirectToPagePermanent("/Countries/Country", new { code = code.ToLowerInvariant() });
        }

        var country = await profiles.FindAsync(code, HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        Country = country;
        return Page();
    }
}
