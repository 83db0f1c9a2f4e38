using System.Globalization;
using System.Text.Encodings.Web;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages;

public static class SourceMarkHtml
{
    /// <summary>A link from a fact to the source it came from, with the date it was checked.</summary>
    public static IHtmlContent SourceMark(
        this IHtmlHelper html, IStringLocalizer<SharedResource> text, string sourceKey, DateOnly asOf)
    {
        var label = text["SourceCheckedOn", asOf.ToString("d", CultureInfo.CurrentCulture)].Value;
        return new HtmlString(
            $"<a class=\"source-mark\" href=\"#source-{HtmlEncoder.Default.Encode(sourceKey)}\">{HtmlEncoder.Default.Encode(label)}</a>");
    }
}
