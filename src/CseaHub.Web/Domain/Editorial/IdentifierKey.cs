using System.Text;
using System.Text.RegularExpressions;

namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// One spelling for references and acronyms, so "CETS No. 224", "cets 224" and "CETS n° 224" meet, as do "Art. 9" and
/// "art 9", while "T-CY" and "C-PROC" keep their hyphen.
/// </summary>
public static partial class IdentifierKey
{
    public static string Normalize(string text)
    {
        var folded = TextKey.Of(text);
        var spaced = Punctuation().Replace(folded, " ");
        var words = spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            // "No", "n°" (already "n": the degree sign is punctuation), "nr" before a number say nothing: "CETS No. 224" is "cets 224".
            if (words[i] is "no" or "n" or "nr" && i + 1 < words.Length && char.IsAsciiDigit(words[i + 1][0]))
            {
                continue;
            }

            kept.Append(kept.Length > 0 ? " " : string.Empty).Append(words[i]);
        }

        return kept.ToString();
    }

    /// <summary>Every run of one to four consecutive words of a query, normalised: the candidates for an exact match.</summary>
    public static IReadOnlyList<string> Windows(string query)
    {
        var words = Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var windows = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 1; length <= 4 && start + length <= words.Length; length++)
            {
                windows.Add(string.Join(' ', words, start, length));
            }
        }

        return [.. windows];
    }

    [GeneratedRegex(@"[.,;:()\[\]""'’«»/°]+")]
    private static partial Regex Punctuation();
}
