using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Instruments;

/// <summary>One instrument: what it is, who monitors it, and where every state stands with it.</summary>
public sealed class InstrumentModel(InstrumentProfiles profiles, PublicLinks links, TimeProvider clock) : PageModel
{
    public InstrumentProfile Instrument { get; private set; } = null!;

    public IReadOnlyList<PartyRow> Parties => Instrument.Parties;

    public PartyCounts Counts { get; private set; } = null!;

    public RatificationTimeline Timeline { get; private set; } = null!;

    public string LinkedData { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(slug, HttpContext.CurrentViewer(), HubCulture.CurrentLanguage, cancellationToken) is not { } instrument)
        {
            return NotFound();
        }

        Instrument = instrument;
        Counts = instrument.Counts;
        Timeline = RatificationTimeline.Of(instrument.Parties.Select(p => (p.Status, p.Ratification)));
        var language = HubCulture.CurrentLanguage;
        LinkedData = Pages.LinkedData.Instrument(
            instrument, language, links.Page(Request, $"/instruments/{instrument.Slug}", language), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
