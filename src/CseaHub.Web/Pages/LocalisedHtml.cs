using System.Text.Encodings.Web;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CseaHub.Web.Pages;

/// <summary>Shows content in the reader's language; an English fallback on a French page is marked <c>lang="en"</c>.</summary>
public static class LocalisedHtml
{
    public static LocalisedValue InCurrentLanguage(this LocalisedText text) => text.In(HubCulture.CurrentLanguage);

    public static IHtmlContent Localised(this IHtmlHelper html, LocalisedText text)
    {
        var value = text.InCurrentLanguage();
        if (value.Language == HubCulture.CurrentLanguage)
        {
            return new HtmlString(HtmlEncoder.Default.Encode(value.Text));
        }

        return new HtmlString($"<span lang=\"{value.Language}\">{HtmlEncoder.Default.Encode(value.Text)}</span>");
    }

    /// <summary>The <c>lang</c> attribute a block needs when its text falls back to another language, or null.</summary>
    public static string? LangIfFallback(this LocalisedValue value) =>
        value.Language == HubCulture.CurrentLanguage ? null : value.Language;

    /// <summary>
    /// A text already in the reader's language (a UI string, a number) where a <see cref="LocalisedText"/> is expected:
    /// both slots hold it, so it is never marked as an English fallback.
    /// </summary>
    public static LocalisedText AlreadyLocalised(string text) => new(text, text);
}
