using System.Text.RegularExpressions;
using System.Xml.Linq;
using CseaHub.Tests;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.UnitTests.Resources;

/// <summary>Every interface string a page asks for exists in English and in French.</summary>
public sealed partial class ResourceKeysTests
{
    private static readonly string[] ErrorKinds = ["NotFound", "BadRequest", "ServerError", "OtherError"];
    private static readonly string[] FilterParameters = ["q", "type", "audience", "topic", "country", "sort", "page", "pageSize"];
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src", "CseaHub.Web");

    public static TheoryData<string> Languages => ["SharedResource.resx", "SharedResource.fr.resx"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_used_in_a_page_is_translated(string file)
    {
        var keys = Keys(file);
        var used = Directory.EnumerateFiles(Source, "*.cs*", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => KeyUse().Matches(File.ReadAllText(path)))
            .SelectMany(use => Literal().Matches(use.Groups["expression"].Value).Select(m => m.Groups["key"].Value))
            .Where(key => !key.EndsWith('.'))
            .Distinct()
            .ToList();

        Assert.True(used.Count > 100, $"only {used.Count} keys found: the scan is broken");
        var missing = used.Where(key => !keys.Contains(key)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Keys_built_from_names_exist_for_every_value(string file)
    {
        var keys = Keys(file);
        var built = Enum.GetNames<InstrumentKind>().SelectMany(k => new[] { "InstrumentKind." + k, "InstrumentKinds." + k })
            .Concat(Enum.GetNames<PartyStatus>().Append("None").Append("NoData").Select(s => "PartyStatus." + s))
            .Concat(Enum.GetNames<LinkKind>().Select(k => "LinkKind." + k))
            .Concat(Enum.GetNames<Availability>().Select(a => "Availability." + a))
            .Concat(Enum.GetNames<RouteChannel>().Select(c => "Channel." + c))
            .Concat(Enum.GetNames<ReasonKind>().Select(r => "Reason." + r))
            .Concat(Enum.GetNames<DocumentKind>().Select(k => "DocumentKind." + k))
            .Concat(ErrorKinds.SelectMany(e => new[] { $"Error.{e}.Title", $"Error.{e}.Text" }))
            .Concat(FilterParameters.Select(f => "FilterProblem." + f));

        var missing = built.Where(key => !keys.Contains(key)).ToList();
        Assert.Empty(missing);
    }

    /// <summary>The keys of a resource file of the hub (SharedResource.resx or SharedResource.fr.resx).</summary>
    internal static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Source, "Resources", file)).Root!.Elements("data")
            .Select(data => (string)data.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

    // T[...] or text[...] in pages and helpers; every literal inside the brackets is a key, so keys chosen with
    // "cond ? "A" : "B"" are checked too. Keys built by concatenation ("Prefix." + value) are checked above.
    [GeneratedRegex(@"(?:\bT|\btext)\[(?<expression>[^\]\r\n]*)\]")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"""(?<key>[A-Z][A-Za-z0-9.]*)""")]
    private static partial Regex Literal();
}
