using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Monitoring;

/// <summary>One monitoring round: its theme, timeline and documents, and its findings filtered by state and area.</summary>
public sealed class RoundModel(MonitoringRounds rounds) : PageModel
{
    public RoundProfile Round { get; private set; } = null!;

    public FindingFilter Filter { get; private set; } = null!;

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string instrument, int number, CancellationToken cancellationToken)
    {
        var (filter, parseErrors) = FindingFilter.Parse(Request.Query["country"], Request.Query["area"]);
        Errors = await rounds.ValidateAsync(filter, parseErrors, cancellationToken);
        Filter = Errors.Count > 0 ? new FindingFilter(null, null) : filter;
        var viewer = HttpContext.CurrentViewer();
        if (await rounds.FindAsync(instrument, number, Filter, viewer, HubCulture.CurrentLanguage, cancellationToken) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        if (Errors.Count > 0)
        {
            // The round exists; the filter does not make sense: say so, and show the unfiltered findings below.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
