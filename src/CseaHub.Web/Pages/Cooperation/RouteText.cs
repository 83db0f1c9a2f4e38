using System.Globalization;
using System.Text.RegularExpressions;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Cooperation;

/// <summary>Words a route's reasons in the reader's language, for the page, the grid and the API alike.</summary>
public sealed partial class RouteText(
    IStringLocalizer<SharedResource> text, IReadOnlyList<CountryRef> states, string language, IReadOnlyList<InstrumentRef>? instruments = null)
{
    private readonly Dictionary<string, InstrumentRef> _instruments =
        (instruments ?? []).ToDictionary(i => i.Slug, StringComparer.Ordinal);

    private readonly Dictionary<string, string> _names =
        states.ToDictionary(s => s.Code, s => s.Name.In(language).Text, StringComparer.Ordinal);

    /// <summary>
    /// The instrument with this slug, among those the text was given; a route published after they were read still gets a
    /// name, its slug.
    /// </summary>
    public InstrumentRef Find(string slug) => _instruments.GetValueOrDefault(slug) ?? new InstrumentRef(slug, new LocalisedText(slug), null);

    public string StateName(string code) => _names.GetValueOrDefault(code, code);

    /// <summary>
    /// Treaties are known by their series number, worded per language ("CETS No. 224", "STCE n° 224"); EU acts by their
    /// short name.
    /// </summary>
    public string InstrumentName(InstrumentRef instrument) =>
        instrument.Reference is { } reference && TreatySeries().Match(reference) is { Success: true } series
            ? text["TreatySeries." + series.Groups["series"].Value, series.Groups["number"].Value]
            : instrument.ShortName.In(language).Text;

    public string Reason(RouteReason reason, InstrumentRef instrument)
    {
        var state = reason.State is { } code ? StateName(code) : string.Empty;
        var date = reason.Date is { } day ? LongDate(day) : string.Empty;
        return text["Reason." + reason.Kind, state, InstrumentName(instrument), date, string.Join(", ", reason.Articles ?? [])];
    }

    /// <summary>All reasons in one sentence run, or what the route's dates say when nothing stands in the way.</summary>
    public string Explanation(RouteVerdict verdict, InstrumentRef instrument)
    {
        if (verdict.Reasons.Count > 0)
        {
            return string.Join(" ", verdict.Reasons.Select(r => Reason(r, instrument)));
        }

        return verdict.AvailableSince is { } since
            ? text["AvailableSince", LongDate(since)]
            : text["Availability." + verdict.Availability];
    }

    public static string LongDate(DateOnly date) => date.ToString("D", CultureInfo.CurrentCulture);

    [GeneratedRegex(@"^(?<series>C?ETS) No\. (?<number>\d+)$")]
    private static partial Regex TreatySeries();
}
