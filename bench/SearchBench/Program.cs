// Indexes a deterministic synthetic corpus with the hub's analyzers and index format, then runs mixed queries through
// the hub's SearchEngine and reports build time, index size and latency percentiles as JSON on stdout.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CseaHub.Web.Commands;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Search;
using Microsoft.Extensions.Logging.Abstractions;

var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
var text = new SyntheticText(20261130);
var random = text.Random;
string[] countries = ["FR", "DE", "IT", "ES", "RO", "PL", "NL", "BE", "JP", "US"];
string[] types = [SearchTypes.Document, SearchTypes.Organisation, SearchTypes.Finding, SearchTypes.Article];

var path = Directory.CreateTempSubdirectory("cseahub-searchbench-").FullName;
try
{
    var watch = Stopwatch.StartNew();
    using var index = SearchIndex.Open(path, NullLogger.Instance);
    for (var n = 0; n < documents; n++)
    {
        index.Replace($"{types[n % types.Length]}:synthetic-{n}", [Synthetic(n)]);
    }

    index.Compact();
    index.Commit(documents);
    var buildSeconds = watch.Elapsed.TotalSeconds;

    // Searches run on an index as the hub keeps it: rebuilt, then edited in small commits like the change feed's.
    const int editBatches = 100;
    for (var batch = 0; batch < editBatches; batch++)
    {
        for (var edit = 0; edit < 10; edit++)
        {
            var n = random.Next(documents);
            index.Replace($"{types[n % types.Length]}:synthetic-{n}", [Synthetic(n)]);
        }

        index.Commit(documents + batch + 1);
    }

    var sizeBytes = Directory.EnumerateFiles(path).Sum(f => new FileInfo(f).Length);
    var segments = index.Search(searcher => searcher.IndexReader.Leaves.Count);

    string[] mixed =
    [
        "grooming", "child sexual abuse material", "subscriber information", "mutual assistance extradition", "CETS 450",
        "sollicitation enfant", "données trafic", "emergency disclosure registrar", "\"service provider\"", "groming", "victim identification",
        "preservaton", "online exploitation evidence", "entraide judiciaire", "hotline report police",
    ];
    var latencies = new List<double>(queries);
    var byQuery = mixed.ToDictionary(q => q, _ => new List<double>());
    for (var warm = 0; warm < 200; warm++)
    {
        Run(mixed[warm % mixed.Length], warm);
    }

    for (var q = 0; q < queries; q++)
    {
        var started = Stopwatch.GetTimestamp();
        Run(mixed[q % mixed.Length], q);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        latencies.Add(elapsed);
        byQuery[mixed[q % mixed.Length]].Add(elapsed);
    }

    latencies.Sort();
    double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        documents,
        queries,
        buildSeconds = Math.Round(buildSeconds, 2),
        indexMiB = Math.Round(sizeBytes / 1048576.0, 1),
        editsAfterBuild = editBatches * 10,
        segments,
        p50Ms = Math.Round(Percentile(0.50), 2),
        p99Ms = Math.Round(Percentile(0.99), 2),
        maxMs = Math.Round(latencies[^1], 2),
        medianMsByQuery = byQuery.ToDictionary(q => q.Key, q => Math.Round(q.Value.Order().ElementAt(q.Value.Count / 2), 2)),
    }));

    IndexEntry Synthetic(int n)
    {
        var type = types[n % types.Length];
        var id = $"{type}:synthetic-{n}";
        return new IndexEntry(
            id, id, type, $"/synthetic/{n}",
            new LocalisedText(text.Sentence(SyntheticText.English, 6 + random.Next(6)), n % 3 == 0 ? text.Sentence(SyntheticText.French, 6 + random.Next(6)) : string.Empty),
            new LocalisedText(text.Sentence(SyntheticText.English, 60 + random.Next(120)), n % 3 == 0 ? text.Sentence(SyntheticText.French, 40 + random.Next(80)) : string.Empty),
            n % 50 == 0 ? [$"CETS {n}"] : [],
            new Dictionary<string, IReadOnlyList<string>>
            {
                [SearchFacets.Type] = [type],
                [SearchFacets.Country] = [countries[random.Next(countries.Length)]],
                [SearchFacets.Year] = [(2000 + random.Next(26)).ToString(CultureInfo.InvariantCulture)],
            },
            new DateOnly(2000, 1, 1).AddDays(random.Next(9000)))
        {
            Views = n % 10 == 0 ? [SearchFields.ProfessionalView] : [SearchFields.PublicView, SearchFields.ProfessionalView],
        };
    }

    void Run(string text, int n)
    {
        var filters = n % 4 == 0 ? new Dictionary<string, string> { [SearchFacets.Country] = countries[n % countries.Length] } : new Dictionary<string, string>();
        var request = new SearchRequest(text, filters, null, n % 2 == 0 ? "en" : "fr", new Viewer(n % 5 == 0), 1 + (n % 3), 10);
        SearchEngine.Search(index, request, []);
    }
}
finally
{
    Directory.Delete(path, recursive: true);
}
