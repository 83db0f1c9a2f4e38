using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Monitoring;

/// <summary>Every monitoring round the viewer may see, by instrument.</summary>
public sealed class IndexModel(MonitoringRounds rounds) : PageModel
{
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rounds = await rounds.ListAsync(HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken);
}
