using System.Text;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// Hostile values for query strings and paths, already percent-encoded: a fixed list of known attacks and edge cases,
/// then seeded random mixes of them with control characters, other scripts and malformed UTF-8. The same seed gives
/// the same cases, so a failure names a case that can be replayed.
/// </summary>
internal static class HostileInput
{
    /// <summary>The name every script payload would call: found alive in a page, it means a script could run.</summary>
    public const string ScriptMarker = "hostileScript";

    private static readonly string[] Attacks =
    [
        // Markup and script
        $"<script>{ScriptMarker}(1)</script>",
        $"\"><script>{ScriptMarker}(1)</script>",
        $"'><img src=x onerror={ScriptMarker}(1)>",
        $"<svg/onload={ScriptMarker}(1)>",
        $"javascript:{ScriptMarker}(1)",
        $"</textarea></title><script>{ScriptMarker}(1)</script>",
        $"{{{{constructor.constructor('{ScriptMarker}(1)')()}}}}",

        // SQL
        "' OR '1'='1",
        "'; DROP TABLE \"Organisations\"; --",
        "\" OR 1=1 --",
        "1; SELECT * FROM AspNetUsers",
        "%' AND 1=0 UNION SELECT NULL --",

        // Lucene query syntax
        "title:(child AND", "\"unterminated phrase", "*", "?", "*:*", "a~", "a~0.5", "a^1000", "[a TO z]", "{a TO z}",
        "/reg.*ex/", "((((((((((a))))))))))", "a AND OR NOT b", "\\", "-", "+", "!", "&&||", "field:", ":", "a:b:c",
        string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => "w" + i)),

        // Paths and names
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "/", "//", ".", "..", "~",
        "con", "aux", "nul", "a/b", "a\\b", "x.json", "x.xml", "index.html",

        // Numbers and formats
        "-1", "0", "2147483648", "-2147483649", "9999999999999999999999", "1e309", "NaN", "-0", "0x10", "1,5", "١٢٣",
        "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "31/12/2026", "{0}", "%s%s%n", "%00",

        // Sizes and blanks
        "", " ", "\t\n\r", new string('a', 5_000), new string('é', 20_000), string.Concat(Enumerable.Repeat("child ", 3_000)),

        // Scripts, direction and composition
        "Лансароте", "兰萨罗特公约", "اتفاقية لانزاروت", "ℌ𝔲𝔟", "👩‍⚖️🔍", "e\u0301\u0301\u0301\u0301", "\u202Eevil\u202C",
        "zero\u200Bwidth", "\uFEFFbom", "İstanbul ı ß ﬁ",
    ];

    /// <summary>Percent-encoded byte sequences that are not UTF-8: a reader must not trip on them.</summary>
    private static readonly string[] MalformedUtf8 = ["%FF", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%E2%82", "%C0%AF", "%80"];

    private static readonly (int First, int Last)[] Blocks =
    [
        (0x0001, 0x001F), (0x007F, 0x009F), (0x0400, 0x04FF), (0x0600, 0x06FF), (0x4E00, 0x4FFF), (0x0300, 0x036F),
        (0x2000, 0x206F), (0xFF00, 0xFFEF), (0x1F300, 0x1F6FF),
    ];

    /// <summary>The fixed cases, then <paramref name="randomCases"/> seeded mixes, each percent-encoded.</summary>
    public static IReadOnlyList<string> Encoded(int seed, int randomCases)
    {
        var random = new Random(seed);
        var cases = Attacks.Select(Uri.EscapeDataString).Concat(MalformedUtf8).ToList();
        for (var i = 0; i < randomCases; i++)
        {
            cases.Add(Mix(random));
        }

        return cases;
    }

    private static string Mix(Random random)
    {
        var encoded = new StringBuilder();
        var parts = random.Next(1, 5);
        for (var part = 0; part < parts; part++)
        {
            encoded.Append(random.Next(4) switch
            {
                0 => Uri.EscapeDataString(Shortened(Attacks[random.Next(Attacks.Length)])),
                1 => MalformedUtf8[random.Next(MalformedUtf8.Length)],
                _ => Uri.EscapeDataString(RandomText(random, random.Next(1, 40))),
            });
        }

        return encoded.ToString();
    }

    private static string Shortened(string attack) => attack.Length <= 200 ? attack : attack[..200];

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var (first, last) = Blocks[random.Next(Blocks.Length)];
            text.Append(char.ConvertFromUtf32(random.Next(first, last + 1)));
        }

        return text.ToString();
    }
}
