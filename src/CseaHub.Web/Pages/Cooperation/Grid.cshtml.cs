using CseaHub.Web.Data;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Cooperation;

/// <summary>
/// A grid cell as the page shows it: the best route's availability, the route (instrument and main article) and every
/// reason, in words; <see cref="Availability"/> is null when no route gives the measure.
/// </summary>
public sealed record GridCellView(string Measure, Availability? Availability, string? Route, string? Reasons);

public sealed record GridRowView(string State, IReadOnlyList<GridCellView> Cells);

/// <summary>
/// The navigator for a whole region at once, in the spirit of the EJN's Fiches Belges: one requesting state, every
/// requested state of a region, and per measure the best route's state on the date.
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

    public IReadOnlyList<FieldOption> InstrumentOptions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<GridRowView>? Rows { get; private set; }

    public IReadOnlyList<MeasureView> Columns { get; private set; } = [];

    /// <summary>The requesting state, as the parser read it.</summary>
    public string RequestingState { get; private set; } = string.Empty;

    public DateOnly On { get; private set; }

    public DateOnly? DataReviewedOn { get; private set; }

    public RouteText Text { get; private set; } = null!;

    public string SelectedRegion => Regions.Contains(Region) ? Region! : "eu";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var language = HubCulture.CurrentLanguage;
        var viewer = HttpContext.CurrentViewer();
        Choices = await navigator.ChoicesAsync(language, cancellationToken);
        var instruments = (await db.CooperationRoutes.VisibleTo(viewer).Select(r => r.Instrument).Distinct().VisibleTo(viewer)
                .Select(i => new InstrumentRef(i.Slug, i.ShortName, i.Reference)).ToListAsync(cancellationToken))
            .OrderByName(i => i.ShortName, language).ToList();
        InstrumentOptions = [.. instruments.Select(i => new FieldOption(i.Slug, i.ShortName))];
        Text = new RouteText(text, Choices.States, language, instruments);
        if (string.IsNullOrEmpty(From))
        {
            return Page();
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var from = NavigatorQuery.State(From, "from", text["NavigatorChooseFrom"], Choices.States, errors, text);
        var measure = string.IsNullOrWhiteSpace(Measure) ? null : NavigatorQuery.MeasureKey(Measure, Choices.Measures, errors, text);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var on = NavigatorQuery.Day(Date, today, errors, text);
        var instrument = string.IsNullOrWhiteSpace(Instrument) ? null : Instrument.Trim().ToLowerInvariant();
        if (instrument is not null && instruments.All(i => i.Slug != instrument))
        {
            errors["instrument"] = text["GridUnknownInstrument", QueryParameters.Truncate(Instrument!)];
        }

        Errors = errors;
        if (from is null || errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        RequestingState = from;
        On = on;
        Columns = measure is null ? Choices.Measures : [.. Choices.Measures.Where(m => m.Key == measure)];
        var states = await RegionStatesAsync(SelectedRegion, on, cancellationToken);
        var requested = Choices.States.Where(s => states.Contains(s.Code)).Select(s => s.Code).ToList();
        var grid = await navigator.GridAsync(from, requested, Columns, instrument, on, viewer, cancellationToken);
        Rows = [.. grid.Rows.Select(row => new GridRowView(row.State, [.. row.Cells.Select(Describe)]))];
        DataReviewedOn = grid.DataReviewedOn;
        return Page();
    }

    private GridCellView Describe(GridCell cell)
    {
        if (cell.Deciding is not { } deciding)
        {
            return new GridCellView(cell.Measure, null, null, null);
        }

        var instrument = Text.Find(deciding.Rule.Instrument.Slug);
        var article = deciding.Rule.Articles.Count > 0 ? deciding.Rule.Articles[0] : null;
        var route = article is null ? Text.InstrumentName(instrument) : $"{Text.InstrumentName(instrument)}, {text["ArticleNumber", article]}";
        var reasons = deciding.Verdict.Reasons.Count == 0 ? null : Text.Explanation(deciding.Verdict, instrument);
        return new GridCellView(cell.Measure, cell.Best, route, reasons);
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
