using System.Text;
using CseaHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>A field's label: its translated name when the strings have one, otherwise its name in words ("reviewedOn" → "Reviewed on").</summary>
public static class FieldLabels
{
    public static string Of(string name, IStringLocalizer<SharedResource> text)
    {
        var translated = text["Field." + name];
        return translated.ResourceNotFound ? Words(name) : translated.Value;
    }

    public static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return words.ToString();
    }
}
