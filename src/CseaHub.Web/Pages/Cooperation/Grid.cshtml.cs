using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Cooperation;

/// <summary>
/// The navigator for a whole region at once, in the spirit of the EJN's Fiches Belges: one requesting state, every
/// requested state of a region, and per measure (or per route of one measure) the best route's state on the date.
/// </summary>
public sealed class GridModel(CooperationNavigator navigator, HubDbContext db, IStringLocalizer<SharedResource> text, TimeProvider clock)
    : PageModel
{
    public static readonly string[] Regions = ["eu", "coe", "all"];

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    [FromQuery(Name = "instrument")]
    public string? Instrument { get; set; }

    [FromQuery(Name = "measure")]
    public string? Measure { get; set; }

    [FromQuery(Name = "date")]
    public string? Date { get; set; }

    public NavigatorChoices Choices { get; private set; } = null!;

    public IReadOnlyList<InstrumentRef> Instruments { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<GridRow>? Rows { get; private set; }

    public IReadOnlyList<MeasureView> Columns { get; private set; } = [];

    public DateOnly On { get; private set; }

    public RouteText Text { get; private set; } = null!;

    public string SelectedRegion => Regions.Contains(Region) ? Region! : "eu";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var language = HubCulture.CurrentLanguage;
        var viewer = HttpContext.CurrentViewer();
        Choices = await navigator.ChoicesAsync(language, cancellationToken);
        Instruments = [.. (await db.CooperationRoutes.VisibleTo(viewer).Select(r => r.Instrument).Distinct().VisibleTo(viewer)
                .Select(i => new InstrumentRef(i.Slug, i.ShortName, i.Reference)).ToListAsync(cancellationToken))
            .OrderByName(i => i.ShortName, language)];
        Text = new RouteText(text, Choices.States, language, Instruments);
        if (string.IsNullOrEmpty(From))
        {
            return Page();
        }

        // The grid reuses the navigator's checks; the requested state is only a placeholder for the parser.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var placeholder = Choices.States.First(s => !string.Equals(s.Code, From.Trim(), StringComparison.OrdinalIgnoreCase)).Code;
        var measure = string.IsNullOrEmpty(Measure) ? Choices.Measures[0].Key : Measure;
        var (query, errors) = NavigatorQuery.Parse(From, placeholder, measure, null, Date, Choices, today, text);
        var problems = new Dictionary<string, string>(errors);
        if (Instrument is not null && Instruments.All(i => i.Slug != Instrument))
        {
            problems["instrument"] = text["GridUnknownInstrument", Instrument.Length <= 40 ? Instrument : Instrument[..40] + "…"];
        }

        Errors = problems;
        if (query is null || problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        On = query.Date;
        Columns = string.IsNullOrEmpty(Measure) ? Choices.Measures : [.. Choices.Measures.Where(m => m.Key == query.Measure)];
        var states = await RegionStatesAsync(SelectedRegion, query.Date, cancellationToken);
        var ordered = Choices.States.Where(s => states.Contains(s.Code)).Select(s => s.Code).ToList();
        Rows = await navigator.GridAsync(
            query.From, ordered, Columns, Instrument, query.Date, viewer, cancellationToken);
        return Page();
    }

    private async Task<HashSet<string>> RegionStatesAsync(string region, DateOnly date, CancellationToken cancellationToken)
    {
        var countries = db.Countries.AsNoTracking();
        countries = region switch
        {
            "eu" => countries.Where(c => c.EuMemberSince != null && c.EuMemberSince <= date),
            "coe" => countries.Where(c => c.CoeMemberSince != null && c.CoeMemberSince <= date),
            _ => countries,
        };
        return [.. await countries.Select(c => c.Code).ToListAsync(cancellationToken)];
    }
}
