using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Instruments;

/// <summary>The legal instruments, grouped by kind, with the number of states bound by each.</summary>
public sealed class IndexModel(InstrumentProfiles profiles) : PageModel
{
    public IReadOnlyList<InstrumentSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await profiles.ListAsync(HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken);
}
