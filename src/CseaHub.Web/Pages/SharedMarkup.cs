using System.Globalization;
using System.Text.Encodings.Web;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages;

/// <summary>Small pieces of markup that several pages share: source marks and dates.</summary>
public static class SharedMarkup
{
    /// <summary>Links from a fact to the sources it came from, with the date it was checked.</summary>
    public static IHtmlContent SourceMarks(
        this IHtmlHelper html, IStringLocalizer<SharedResource> text, IEnumerable<string> sourceKeys, DateOnly asOf)
    {
        var label = text["SourceCheckedOn", asOf.ToString("d", CultureInfo.CurrentCulture)].Value;
        var marks = sourceKeys.Select((key, index) =>
            $"<a class=\"source-mark\" href=\"#source-{HtmlEncoder.Default.Encode(key)}\">" +
            $"{HtmlEncoder.Default.Encode(index == 0 ? label : text["AlsoSource", index + 1].Value)}</a>");
        return new HtmlString(string.Join(' ', marks));
    }

    public static IHtmlContent SourceMark(this IHtmlHelper html, IStringLocalizer<SharedResource> text, string sourceKey, DateOnly asOf) =>
        html.SourceMarks(text, [sourceKey], asOf);

    /// <summary>A date for readers (in the page's culture) with its ISO form for machines.</summary>
    public static IHtmlContent Date(this IHtmlHelper html, DateOnly date, string format = "D") =>
        new HtmlString($"<time datetime=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">" +
            $"{HtmlEncoder.Default.Encode(date.ToString(format, CultureInfo.CurrentCulture))}</time>");

    public static IHtmlContent Date(this IHtmlHelper html, DateTime date, string format = "d") =>
        html.Date(DateOnly.FromDateTime(date), format);

    /// <summary>The back office's day: "1 Dec 2026", "1 déc. 2026".</summary>
    public const string DayFormat = "d MMM yyyy";

    /// <summary>A moment (a save, a sign-in, an audited act) to the minute, or the second, in UTC, in the page's culture.</summary>
    public static string MomentText(DateTime utc, bool seconds = false) =>
        utc.ToString(DayFormat + (seconds ? ", HH:mm:ss" : ", HH:mm"), CultureInfo.CurrentCulture) + " UTC";

    /// <summary>A day of a moment (an account made, a token's expiry), in the page's culture.</summary>
    public static string DayText(DateTime utc) => utc.ToString(DayFormat, CultureInfo.CurrentCulture);

    /// <summary><see cref="MomentText"/> with its ISO form for machines.</summary>
    public static IHtmlContent Moment(this IHtmlHelper html, DateTime utc, bool seconds = false) =>
        new HtmlString($"<time datetime=\"{utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">" +
            $"{HtmlEncoder.Default.Encode(MomentText(utc, seconds))}</time>");

    /// <summary>A date known to the day or only to the year, shown as precisely as its source gives it.</summary>
    public static IHtmlContent IssueDate(this IHtmlHelper html, int year, DateOnly? day) =>
        day is { } known
            ? html.Date(known)
            : new HtmlString($"<time datetime=\"{year.ToString("D4", CultureInfo.InvariantCulture)}\">{year.ToString(CultureInfo.CurrentCulture)}</time>");
}
