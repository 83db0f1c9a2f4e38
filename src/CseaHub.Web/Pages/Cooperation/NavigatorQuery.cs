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
        var fromCode = State(from, "from", text["NavigatorChooseFrom"], choices.States, errors, text);
        var toCode = State(to, "to", text["NavigatorChooseTo"], choices.States, errors, text);
        if (fromCode is not null && fromCode == toCode)
        {
            errors["to"] = text["NavigatorSameState", fromCode];
        }

        var measureKey = string.IsNullOrWhiteSpace(measure)
            ? Missing(errors, "measure", text["NavigatorChooseMeasure"])
            : MeasureKey(measure, choices.Measures, errors, text);
        var isEmergency = false;
        if (!string.IsNullOrEmpty(emergency) && !TryFlag(emergency, out isEmergency))
        {
            errors["emergency"] = text["NavigatorBadEmergency"];
        }

        var on = Day(date, today, errors, text);
        return errors.Count > 0 ? (null, errors) : (new NavigatorQuery(fromCode!, toCode!, measureKey!, isEmergency, on), errors);
    }

    /// <summary>A state code the hub knows, upper-cased; null with an error under <paramref name="name"/> otherwise.</summary>
    public static string? State(
        string? value, string name, string missing, IReadOnlyList<CountryRef> states, IDictionary<string, string> errors,
        IStringLocalizer<SharedResource> text)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return Missing(errors, name, missing);
        }

        if (states.All(s => s.Code != code))
        {
            errors[name] = text["NavigatorUnknownState", QueryParameters.Truncate(value!)];
            return null;
        }

        return code;
    }

    /// <summary>A measure key the navigator knows, in its canonical lower case; null with an error otherwise.</summary>
    public static string? MeasureKey(
        string value, IReadOnlyList<MeasureView> measures, IDictionary<string, string> errors, IStringLocalizer<SharedResource> text)
    {
        var key = value.Trim().ToLowerInvariant();
        if (measures.Any(m => m.Key == key))
        {
            return key;
        }

        errors["measure"] = text["NavigatorUnknownMeasure", QueryParameters.Truncate(value), string.Join(", ", measures.Select(m => m.Key))];
        return null;
    }

    /// <summary>The day to judge on: <paramref name="today"/> when none is given.</summary>
    public static DateOnly Day(string? value, DateOnly today, IDictionary<string, string> errors, IStringLocalizer<SharedResource> text)
    {
        if (string.IsNullOrEmpty(value))
        {
            return today;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors["date"] = text["NavigatorBadDate", QueryParameters.Truncate(value)];
        return today;
    }

    /// <summary>Whether a form or query flag is set, read as leniently as <see cref="Parse"/> reads it.</summary>
    public static bool IsSet(string? value) => value is not null && TryFlag(value, out var flag) && flag;

    private static string? Missing(IDictionary<string, string> errors, string name, string message)
    {
        errors[name] = message;
        return null;
    }

    private static bool TryFlag(string value, out bool flag)
    {
        flag = value.Trim().ToLowerInvariant() is "true" or "on" or "1" or "yes";
        return flag || value.Trim().ToLowerInvariant() is "false" or "off" or "0" or "no";
    }
}
