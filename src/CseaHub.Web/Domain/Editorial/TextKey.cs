using System.Globalization;
using System.Text;

namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// A normalised form of a text for sorting and matching: lower case, accents removed, spaces folded. Stored beside
/// names so that "État", "etat" and "ETAT" sort and match alike on SQLite and PostgreSQL, whatever their collations.
/// </summary>
public static class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Items in the order of the name a reader of <paramref name="language"/> sees, as the directory sorts.</summary>
    public static IOrderedEnumerable<T> OrderByName<T>(this IEnumerable<T> items, Func<T, LocalisedText> name, string language) =>
        items.OrderBy(item => Of(name(item).In(language).Text), StringComparer.Ordinal);

    public static IOrderedEnumerable<T> ThenByName<T>(this IOrderedEnumerable<T> items, Func<T, LocalisedText> name, string language) =>
        items.ThenBy(item => Of(name(item).In(language).Text), StringComparer.Ordinal);
}
