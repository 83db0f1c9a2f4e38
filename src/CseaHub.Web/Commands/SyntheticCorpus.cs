using System.Globalization;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Commands;

/// <summary>
/// Adds synthetic library documents to a hub's database, for benchmarks at a chosen scale (<c>generate</c>). They are
/// made-up text, never facts: each title starts with "[Synthetic]", and each record's gaps say what it is.
/// </summary>
public sealed class SyntheticCorpus(HubDbContext db)
{
    public const string SlugPrefix = "synthetic-";
    private const int BatchSize = 1000;
    private static readonly DateOnly GeneratedOn = new(2026, 11, 30);

    public async Task<bool> HoldsSyntheticDocumentsAsync(CancellationToken cancellationToken) =>
        await db.Documents.AnyAsync(d => d.Slug.StartsWith(SlugPrefix), cancellationToken);

    /// <summary>Adds <paramref name="count"/> documents, numbered from 0 (so only into a database that holds none yet).</summary>
    public async Task<int> AddDocumentsAsync(int count, int seed, CancellationToken cancellationToken)
    {
        var text = new SyntheticText(seed);
        var kinds = Enum.GetValues<DocumentKind>();
        var organisations = await db.Organisations.ToListAsync(cancellationToken);
        var countries = await db.Countries.ToListAsync(cancellationToken);
        var topics = await db.Topics.ToListAsync(cancellationToken);
        var audiences = await db.Audiences.ToListAsync(cancellationToken);
        var instruments = await db.Instruments.ToListAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 0; n < count; n++)
        {
            var random = text.Random;
            var year = 2000 + random.Next(26);
            DateOnly? day = random.Next(2) == 0 ? new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)) : null;
            var french = n % 3 == 0;
            var document = new Document
            {
                Slug = SlugPrefix + n.ToString("D6", CultureInfo.InvariantCulture),
                Title = new LocalisedText("[Synthetic] " + text.Sentence(SyntheticText.English, 6 + random.Next(6)),
                    french ? "[Synthétique] " + text.Sentence(SyntheticText.French, 6 + random.Next(6)) : string.Empty),
                Kind = kinds[n % kinds.Length],
                IssuedBy = organisations[random.Next(organisations.Count)],
                Issued = new PartialDate { Year = year, Day = day, SourceKey = "synthetic", AsOf = GeneratedOn },
                Languages = french ? ["en", "fr"] : ["en"],
                Summary = new LocalisedText(Clip(text.Sentence(SyntheticText.English, 60 + random.Next(120))),
                    french ? Clip(text.Sentence(SyntheticText.French, 40 + random.Next(80))) : string.Empty),
                Status = ContentStatus.Published,
                Visibility = n % 10 == 0 ? Visibility.Professionals : Visibility.Public,
                Gaps = ["Synthetic benchmark record made by the generate command: not a real document."],
                ReviewedOn = GeneratedOn,
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
                PublicUpdatedUtc = DateTime.UtcNow,
            };
            document.Sources.Add(Source);
            document.Countries.AddRange(Pick(random, countries, 1 + random.Next(2)));
            document.Topics.AddRange(Pick(random, topics, 1 + random.Next(3)));
            document.Audiences.AddRange(Pick(random, audiences, 1 + random.Next(2)));
            document.Instruments.AddRange(Pick(random, instruments, random.Next(2)));
            db.Documents.Add(document);
            if ((n + 1) % BatchSize == 0 || n == count - 1)
            {
                await db.SaveChangesAsync(cancellationToken);
                // Saved documents and their change-feed rows are not needed again: only the shared rows stay tracked,
                // so memory stays flat however many documents are asked for.
                db.ChangeTracker.Clear();
                db.AttachRange([.. organisations, .. countries, .. topics, .. audiences, .. instruments]);
            }
        }

        await db.RefreshStatisticsAsync(cancellationToken);
        return count;
    }

    /// <summary>The made-up text's origin, declared as a source so a generated document is a valid dataset record (export, import).</summary>
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
}
