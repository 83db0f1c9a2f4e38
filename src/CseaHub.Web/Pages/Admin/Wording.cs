using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin;

/// <summary>
/// An error the checks, the import or the record form wrote in English, said in the reader's language.
/// Resources/messages.tsv is keyed by the English wording (its values as {0}, {1}, …), so a sentence is translated once
/// wherever it is written, and the command line and the API keep the English. A sentence without a translation (one
/// System.Text.Json wrote) stays English: its <see cref="LocalisedValue.Language"/> says so, for
/// <see cref="LocalisedHtml.LangIfFallback"/>.
/// </summary>
public static class Wording
{
    public static LocalisedValue Of(IStringLocalizer text, string english) => From(text[english]);

    public static LocalisedValue Of(IStringLocalizer text, FormattableString english)
    {
        // A kind's name ("organisation type") is translated with its sentence; slugs and keys stay as written.
        var values = english.GetArguments().Select(value => value is RecordKindName kind ? text[kind.Key].Value : value ?? string.Empty).ToArray();
        return From(text[english.Format, values]);
    }

    public static LocalisedValue MessageOf(IStringLocalizer text, DatasetError error) =>
        error.MessageWording is { } wording ? Of(text, wording) : Of(text, error.Message);

    public static LocalisedValue RecordOf(IStringLocalizer text, DatasetError error) =>
        error.RecordWording is { } wording ? Of(text, wording) : Of(text, error.Record);

    private static LocalisedValue From(LocalizedString said) =>
        new(said.Value, said.ResourceNotFound ? HubCulture.English : HubCulture.CurrentLanguage);
}
