using System.Globalization;
using CseaHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Cooperation;

/// <summary>Two states, a measure, whether it is an emergency and the date to judge on.</summary>
public sealed record NavigatorQuery(string From, string To, string Measure, bool Emergency, DateOnly Date)
{
    /// <summary>
    /// Reads the navigator's parameters as the page and the API receive them. Returns the errors by parameter name,
    /// worded for the reader; a missing parameter is an error too (the page asks nothing when none is given).
    /// </summary>
    public static (NavigatorQuery? Query, IReadOnlyDictionary<string, string> Errors) Parse(
        string? from, string? to, string? measure, string? emergency, string? date, NavigatorChoices choices, DateOnly today,
        IStringLocalizer<SharedResource> text)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var states = choices.States.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var fromCode = State(from, "from", text["NavigatorChooseFrom"], states, errors, text);
        var toCode = State(to, "to", text["NavigatorChooseTo"], states, errors, text);
        if (fromCode is not null && fromCode == toCode)
        {
            errors["to"] = text["NavigatorSameState", fromCode];
        }

        var measureKey = measure?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(measureKey))
        {
            errors["measure"] = text["NavigatorChooseMeasure"];
        }
        else if (choices.Measures.All(m => m.Key != measureKey))
        {
            errors["measure"] = text["NavigatorUnknownMeasure", Shorten(measure!), string.Join(", ", choices.Measures.Select(m => m.Key))];
        }

        var isEmergency = false;
        if (!string.IsNullOrEmpty(emergency) && !TryFlag(emergency, out isEmergency))
        {
            errors["emergency"] = text["NavigatorBadEmergency"];
        }

        var on = today;
        if (!string.IsNullOrEmpty(date)
            && !DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            errors["date"] = text["NavigatorBadDate", Shorten(date)];
        }

        return errors.Count > 0 ? (null, errors) : (new NavigatorQuery(fromCode!, toCode!, measureKey!, isEmergency, on), errors);
    }

    private static string? State(
        string? value, string name, string missing, HashSet<string> known, Dictionary<string, string> errors, IStringLocalizer<SharedResource> text)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            errors[name] = missing;
            return null;
        }

        if (!known.Contains(code))
        {
            errors[name] = text["NavigatorUnknownState", Shorten(value!)];
            return null;
        }

        return code;
    }

    private static bool TryFlag(string value, out bool flag)
    {
        flag = value.Trim().ToLowerInvariant() is "true" or "on" or "1" or "yes";
        return flag || value.Trim().ToLowerInvariant() is "false" or "off" or "0" or "no";
    }

    // Echoing a parameter back makes the message clear; a short echo keeps a hostile 10 KB value out of the answer.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
