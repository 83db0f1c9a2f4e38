using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Countries;

/// <summary>Every country the hub knows: Council of Europe members and the other states party to an instrument.</summary>
public sealed class IndexModel(CountryProfiles profiles) : PageModel
{
    public IReadOnlyList<CountrySummary> Members { get; private set; } = [];

    public IReadOnlyList<CountrySummary> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var countries = await profiles.ListAsync(HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken);
        Members = [.. countries.Where(c => c.CoeMemberSince is not null)];
        Others = [.. countries.Where(c => c.CoeMemberSince is null)];
    }
}
