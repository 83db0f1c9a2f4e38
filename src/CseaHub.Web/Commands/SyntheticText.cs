using System.Text;

namespace CseaHub.Web.Commands;

/// <summary>
/// Deterministic made-up prose for benchmarks. Real text is mostly common words with the field's terms sprinkled in:
/// 3,000 invented filler words drawn with a skewed (Zipf-like) distribution, and one word in seven from the field's
/// vocabulary, so queries are about as selective as on real text rather than matching every document.
/// </summary>
public sealed class SyntheticText(int seed)
{
    public static readonly IReadOnlyList<string> English =
    [
        "child", "sexual", "abuse", "material", "grooming", "solicitation", "online", "exploitation", "evidence", "preservation",
        "subscriber", "information", "traffic", "data", "production", "order", "mutual", "assistance", "extradition", "network",
        "investigation", "prosecution", "victim", "identification", "hotline", "report", "police", "judiciary", "training",
        "cooperation", "service", "provider", "emergency", "disclosure", "registrar", "domain", "protocol", "convention", "committee",
        "monitoring", "recommendation", "parties", "legislation", "offence", "image", "video", "livestreaming", "extortion",
    ];

    public static readonly IReadOnlyList<string> French =
    [
        "enfant", "abus", "sexuels", "matériel", "sollicitation", "exploitation", "preuve", "conservation", "données", "abonné",
        "trafic", "injonction", "entraide", "judiciaire", "extradition", "réseau", "enquête", "poursuites", "victime", "signalement",
        "police", "formation", "coopération", "fournisseur", "urgence", "divulgation", "protocole", "convention", "comité", "suivi",
    ];

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "ran", "sel", "vo", "pe", "dun", "gri", "sa", "mon", "ti", "bel", "cor", "ne"];

    private static readonly string[] Filler = [.. Enumerable.Range(0, 3000)
        .Select(n => string.Concat(Enumerable.Range(0, 2 + (n % 3)).Select(k => Syllables[((n * 7) + (k * 13) + (n / 16)) % Syllables.Length])) + n)];

    public Random Random { get; } = new(seed);

    /// <summary><paramref name="length"/> words, one in seven from <paramref name="vocabulary"/>.</summary>
    public string Sentence(IReadOnlyList<string> vocabulary, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var word = Random.Next(7) == 0 ? vocabulary[Random.Next(vocabulary.Count)] : Filler[Random.Next(Random.Next(Filler.Length) + 1)];
            text.Append(i == 0 ? string.Empty : " ").Append(word);
        }

        return text.ToString();
    }
}
