using System.Globalization;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Commands;

/// <summary>How many synthetic records of each kind <c>generate</c> adds.</summary>
public sealed record SyntheticCounts(int Organisations, int Documents, int Findings)
{
    public int Total => Organisations + Documents + Findings;
}

/// <summary>
/// Adds synthetic organisations, library documents and monitoring findings to a hub's database, for benchmarks at a
/// chosen scale (<c>generate</c>). They are made-up text, never facts: each name, title or theme starts with
/// "[Synthetic]", each record's gaps say what it is, and no address, phone number or date of a real body is made up.
/// </summary>
public sealed class SyntheticCorpus(HubDbContext db)
{
    public const string SlugPrefix = "synthetic-";

    /// <summary>Synthetic rounds take the numbers above the real ones, which the Lanzarote Committee has not reached.</summary>
    public const int FirstRoundNumber = 50;

    private const int LastRoundNumber = 99;
    private const int FindingsPerRound = 500;
    private const int BatchSize = 1000;
    private static readonly DateOnly GeneratedOn = new(2026, 11, 30);

    /// <summary>The most findings <c>generate</c> can file: 500 a round, rounds 50 to 99 of every instrument.</summary>
    public async Task<int> MaxFindingsAsync(CancellationToken cancellationToken) =>
        await db.Instruments.CountAsync(cancellationToken) * (LastRoundNumber - FirstRoundNumber + 1) * FindingsPerRound;

    public async Task<bool> HoldsSyntheticContentAsync(CancellationToken cancellationToken) =>
        await db.Documents.AnyAsync(d => d.Slug.StartsWith(SlugPrefix), cancellationToken)
        || await db.Organisations.AnyAsync(o => o.Slug.StartsWith(SlugPrefix), cancellationToken)
        || await db.MonitoringRounds.AnyAsync(r => r.Number >= FirstRoundNumber, cancellationToken);

    /// <summary>Adds the records asked for, each kind numbered from 0 (so only into a database that holds none yet).</summary>
    public async Task AddAsync(SyntheticCounts counts, int seed, CancellationToken cancellationToken)
    {
        var text = new SyntheticText(seed);
        var shared = await SharedRows.LoadAsync(db, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await AddInBatchesAsync(counts.Organisations, BatchSize, n => NewOrganisation(n, text, shared), shared, cancellationToken);
        await AddInBatchesAsync(counts.Documents, BatchSize, n => NewDocument(n, text, shared), shared, cancellationToken);
        var rounds = (counts.Findings + FindingsPerRound - 1) / FindingsPerRound;
        await AddInBatchesAsync(rounds, BatchSize / FindingsPerRound,
            n => NewRound(n, Math.Min(FindingsPerRound, counts.Findings - (n * FindingsPerRound)), text, shared), shared, cancellationToken);
        await db.RefreshStatisticsAsync(cancellationToken);
    }

    /// <summary>
    /// Saves every <paramref name="batchSize"/> records, then forgets them and their change-feed rows: only the shared
    /// rows stay tracked, so memory stays flat however many records are asked for.
    /// </summary>
    private async Task AddInBatchesAsync(int count, int batchSize, Func<int, object> newRecord, SharedRows shared, CancellationToken cancellationToken)
    {
        for (var n = 0; n < count; n++)
        {
            db.Add(newRecord(n));
            if ((n + 1) % batchSize == 0 || n == count - 1)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                db.AttachRange(shared.All);
            }
        }
    }

    private static Organisation NewOrganisation(int n, SyntheticText text, SharedRows shared)
    {
        var random = text.Random;
        var french = n % 3 == 0;
        var organisation = new Organisation
        {
            Slug = SlugPrefix + n.ToString("D6", CultureInfo.InvariantCulture),
            Name = new LocalisedText("[Synthetic] " + text.Sentence(SyntheticText.English, 3 + random.Next(5)),
                french ? "[Synthétique] " + text.Sentence(SyntheticText.French, 3 + random.Next(5)) : string.Empty),
            Type = shared.OrganisationTypes[random.Next(shared.OrganisationTypes.Count)],
            Summary = new LocalisedText(Clip(text.Sentence(SyntheticText.English, 20 + random.Next(40))),
                french ? Clip(text.Sentence(SyntheticText.French, 20 + random.Next(40))) : string.Empty),
            Description = new LocalisedText(text.Sentence(SyntheticText.English, 100 + random.Next(300)), string.Empty),
            ReviewedOn = GeneratedOn,
        };
        Mark(organisation, n);
        organisation.Sources.Add(Source);
        organisation.Countries.AddRange(Pick(random, shared.Countries, 1 + random.Next(2)));
        organisation.Topics.AddRange(Pick(random, shared.Topics, 1 + random.Next(3)));
        organisation.Audiences.AddRange(Pick(random, shared.Audiences, 1 + random.Next(2)));
        organisation.Gaps = [GapNote];
        return organisation;
    }

    private static Document NewDocument(int n, SyntheticText text, SharedRows shared)
    {
        var random = text.Random;
        var year = 2000 + random.Next(26);
        DateOnly? day = random.Next(2) == 0 ? new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)) : null;
        var french = n % 3 == 0;
        var kinds = Enum.GetValues<DocumentKind>();
        var document = new Document
        {
            Slug = SlugPrefix + n.ToString("D6", CultureInfo.InvariantCulture),
            Title = new LocalisedText("[Synthetic] " + text.Sentence(SyntheticText.English, 6 + random.Next(6)),
                french ? "[Synthétique] " + text.Sentence(SyntheticText.French, 6 + random.Next(6)) : string.Empty),
            Kind = kinds[n % kinds.Length],
            IssuedBy = shared.Organisations[random.Next(shared.Organisations.Count)],
            Issued = new PartialDate { Year = year, Day = day, SourceKey = Source.Key, AsOf = GeneratedOn },
            Languages = french ? ["en", "fr"] : ["en"],
            Summary = new LocalisedText(Clip(text.Sentence(SyntheticText.English, 60 + random.Next(120))),
                french ? Clip(text.Sentence(SyntheticText.French, 40 + random.Next(80))) : string.Empty),
            Gaps = [GapNote],
            ReviewedOn = GeneratedOn,
        };
        Mark(document, n);
        document.Sources.Add(Source);
        document.Countries.AddRange(Pick(random, shared.Countries, 1 + random.Next(2)));
        document.Topics.AddRange(Pick(random, shared.Topics, 1 + random.Next(3)));
        document.Audiences.AddRange(Pick(random, shared.Audiences, 1 + random.Next(2)));
        document.Instruments.AddRange(Pick(random, shared.Instruments, random.Next(2)));
        return document;
    }

    /// <summary>Round <paramref name="n"/> takes the next instrument in turn, then the next free number.</summary>
    private static MonitoringRound NewRound(int n, int findings, SyntheticText text, SharedRows shared)
    {
        var random = text.Random;
        var instrument = shared.Instruments[n % shared.Instruments.Count];
        var number = FirstRoundNumber + (n / shared.Instruments.Count);
        var round = new MonitoringRound
        {
            Slug = $"{instrument.Slug}-{number}",
            Instrument = instrument,
            Number = number,
            Theme = new LocalisedText("[Synthetic] " + text.Sentence(SyntheticText.English, 5 + random.Next(6)),
                "[Synthétique] " + text.Sentence(SyntheticText.French, 5 + random.Next(6))),
            Summary = new LocalisedText(Clip(text.Sentence(SyntheticText.English, 60 + random.Next(100))), string.Empty),
            Gaps = [GapNote],
            ReviewedOn = GeneratedOn,
        };
        Mark(round, n);
        round.Sources.Add(Source);
        round.Countries.AddRange(Pick(random, shared.Countries, 5 + random.Next(20)));
        var areas = Enum.GetValues<FindingArea>();
        var grades = Enum.GetValues<RecommendationGrade>();
        for (var position = 0; position < findings; position++)
        {
            var finding = new Finding
            {
                Key = "finding-" + position.ToString(CultureInfo.InvariantCulture),
                Position = position,
                Area = areas[random.Next(areas.Length)],
                Grade = random.Next(4) == 0 ? null : grades[random.Next(grades.Length)],
                Text = new LocalisedText(text.Sentence(SyntheticText.English, 20 + random.Next(60)),
                    position % 3 == 0 ? text.Sentence(SyntheticText.French, 20 + random.Next(60)) : string.Empty),
                SourceKeys = [Source.Key],
                AsOf = GeneratedOn,
            };
            finding.Countries.AddRange(Pick(random, round.Countries, random.Next(3)));
            round.Findings.Add(finding);
        }

        return round;
    }

    private const string GapNote = "Synthetic benchmark record made by the generate command: not a real record.";

    /// <summary>Published, and one in ten for professionals only, so benchmarks meet the visibility filters too.</summary>
    private static void Mark(ContentItem item, int n)
    {
        item.Status = ContentStatus.Published;
        item.Visibility = n % 10 == 0 ? Visibility.Professionals : Visibility.Public;
        item.CreatedUtc = item.UpdatedUtc = item.PublicUpdatedUtc = DateTime.UtcNow;
    }

    /// <summary>The made-up text's origin, declared as a source so a generated record is a valid dataset record (export, import).</summary>
    private static SourceReference Source => new()
    {
        Key = "synthetic",
        Title = "Synthetic benchmark corpus (the generate command)",
        Publisher = "CseaHub",
        Url = new Uri("https://example.org/cseahub/synthetic"),
    };

    /// <summary>Summaries keep to the hub's limit, cut at a word.</summary>
    private static string Clip(string summary) =>
        summary.Length <= FieldLengths.Summary ? summary : summary[..summary.LastIndexOf(' ', FieldLengths.Summary - 1)].TrimEnd(',') + ".";

    private static IEnumerable<T> Pick<T>(Random random, IReadOnlyList<T> items, int count) =>
        items.Count == 0 ? [] : Enumerable.Range(0, count).Select(_ => items[random.Next(items.Count)]).Distinct();

    /// <summary>The bundled dataset's rows that synthetic records point to, loaded once and kept tracked across batches.</summary>
    private sealed record SharedRows(
        List<Organisation> Organisations, List<OrganisationType> OrganisationTypes, List<Country> Countries, List<Topic> Topics,
        List<Audience> Audiences, List<Instrument> Instruments)
    {
        public IEnumerable<object> All =>
            [.. Organisations, .. OrganisationTypes, .. Countries, .. Topics, .. Audiences, .. Instruments];

        public static async Task<SharedRows> LoadAsync(HubDbContext db, CancellationToken cancellationToken) => new(
            await db.Organisations.ToListAsync(cancellationToken),
            await db.OrganisationTypes.ToListAsync(cancellationToken),
            await db.Countries.ToListAsync(cancellationToken),
            await db.Topics.ToListAsync(cancellationToken),
            await db.Audiences.ToListAsync(cancellationToken),
            await db.Instruments.OrderBy(i => i.Slug).ToListAsync(cancellationToken));
    }
}
