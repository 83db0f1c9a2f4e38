using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests;

/// <summary>Rows a test makes for itself, with unique keys, on top of the bundled dataset.</summary>
internal static class TestData
{
    private static int _nextRoundNumber = 50;

    public static string UniqueKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<string> AddTopicAsync(this HubAppFactory hub)
    {
        var key = UniqueKey("topic");
        await hub.WithDatabaseAsync(async db =>
        {
            db.Topics.Add(new Topic { Key = key, Label = new LocalisedText("Test topic " + key), Position = 1000 });
            await db.SaveChangesAsync();
        });
        return key;
    }

    public static async Task<string> AddOrganisationAsync(
        this HubAppFactory hub,
        string name,
        string? topic = null,
        string audience = "ngos",
        string country = "FR",
        ContentStatus status = ContentStatus.Published,
        Visibility visibility = Visibility.Public,
        Action<Organisation>? configure = null)
    {
        var slug = string.Empty;
        await hub.WithDatabaseAsync(async db =>
        {
            var organisation = await db.NewOrganisationAsync(name, topic, audience, country, status, visibility);
            configure?.Invoke(organisation);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            slug = organisation.Slug;
        });
        return slug;
    }

    /// <summary>A public organisation with a section for professionals only, which reads "Call the <paramref name="word"/> desk.".</summary>
    public static Task<string> AddOrganisationWithProfessionalsDeskAsync(this HubAppFactory hub, string name, string word) =>
        hub.AddOrganisationAsync(name, configure: o => o.Sections.Add(new OrganisationSection
        {
            Key = "desk",
            Title = new LocalisedText("Operational desk"),
            Body = new LocalisedText($"Call the {word} desk."),
            Visibility = Visibility.Professionals,
            SourceKeys = ["test"],
            AsOf = new DateOnly(2026, 11, 28),
        }));

    /// <summary>A published organisation with a unique slug, for a test that saves it in a transaction of its own.</summary>
    public static async Task<Organisation> NewOrganisationAsync(
        this HubDbContext db,
        string name,
        string? topic = null,
        string audience = "ngos",
        string country = "FR",
        ContentStatus status = ContentStatus.Published,
        Visibility visibility = Visibility.Public)
    {
        var organisation = new Organisation
        {
            Slug = UniqueKey("org"),
            Name = new LocalisedText(name),
            Summary = new LocalisedText("Summary of " + name),
            Description = new LocalisedText("Description of " + name),
            Type = await db.OrganisationTypes.SingleAsync(t => t.Key == "ngo"),
            Status = status,
            Visibility = visibility,
            ReviewedOn = new DateOnly(2026, 11, 28),
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
        };
        organisation.Audiences.Add(await db.Audiences.SingleAsync(a => a.Key == audience));
        organisation.Countries.Add(await db.Countries.SingleAsync(c => c.Code == country));
        if (topic is not null)
        {
            organisation.Topics.Add(await db.Topics.SingleAsync(t => t.Key == topic));
        }

        organisation.Sources.Add(new SourceReference { Key = "test", Title = "Test source", Publisher = "Tests", Url = new Uri("https://example.org/") });
        return organisation;
    }

    public static async Task<string> AddInstrumentAsync(
        this HubAppFactory hub, string name, ContentStatus status = ContentStatus.Published, Visibility visibility = Visibility.Public, string? partyCountry = null)
    {
        var slug = UniqueKey("instrument");
        await hub.WithDatabaseAsync(async db =>
        {
            var instrument = new Instrument
            {
                Slug = slug,
                Title = new LocalisedText(name),
                ShortName = new LocalisedText(name),
                Summary = new LocalisedText("Summary of " + name),
                Kind = InstrumentKind.Convention,
                Status = status,
                Visibility = visibility,
                ReviewedOn = new DateOnly(2026, 11, 28),
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            };
            if (partyCountry is not null)
            {
                instrument.Parties.Add(new Party
                {
                    Country = await db.Countries.SingleAsync(c => c.Code == partyCountry),
                    Status = PartyStatus.Ratified,
                    SourceUrls = ["https://example.org/chart"],
                    StatusAsOf = "test",
                });
            }

            db.Instruments.Add(instrument);
            await db.SaveChangesAsync();
        });
        return slug;
    }

    /// <summary>A published round of the Lanzarote Convention with <paramref name="findings"/> findings, each addressed to one country.</summary>
    public static async Task<MonitoringRound> NewRoundAsync(this HubDbContext db, int number, int findings, string country)
    {
        var round = new MonitoringRound
        {
            Slug = $"lanzarote-convention-{number}",
            Instrument = await db.Instruments.SingleAsync(i => i.Slug == "lanzarote-convention"),
            Number = number,
            Theme = new LocalisedText($"Test round {number}"),
            Summary = new LocalisedText($"Summary of test round {number}"),
            Status = ContentStatus.Published,
            ReviewedOn = new DateOnly(2026, 11, 28),
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
        };
        round.Sources.Add(new SourceReference { Key = "test", Title = "Test source", Publisher = "Tests", Url = new Uri("https://example.org/") });
        var addressed = await db.Countries.SingleAsync(c => c.Code == country);
        for (var n = 0; n < findings; n++)
        {
            var finding = new Finding
            {
                Key = $"test-finding-{n}",
                Position = n,
                Area = FindingArea.Protection,
                Text = new LocalisedText($"Test finding {n}"),
                SourceKeys = ["test"],
                AsOf = new DateOnly(2026, 11, 28),
            };
            finding.Countries.Add(addressed);
            round.Findings.Add(finding);
        }

        return round;
    }

    /// <summary>A library document about France, under the Lanzarote Convention, issued by the Lanzarote Committee unless told.</summary>
    public static async Task<string> AddLibraryDocumentAsync(
        this HubAppFactory hub, string title, ContentStatus status = ContentStatus.Published, Visibility visibility = Visibility.Public,
        string? roundSlug = null, string issuedBy = "lanzarote-committee")
    {
        var slug = UniqueKey("doc");
        await hub.WithDatabaseAsync(async db =>
        {
            var document = new Document
            {
                Slug = slug,
                Title = new LocalisedText(title),
                Kind = DocumentKind.Research,
                IssuedBy = await db.Organisations.SingleAsync(o => o.Slug == issuedBy),
                Issued = new PartialDate { Year = 2026, Day = new DateOnly(2026, 11, 1), SourceKey = "test", AsOf = new DateOnly(2026, 11, 28) },
                Summary = new LocalisedText("Summary of " + title),
                Status = status,
                Visibility = visibility,
                ReviewedOn = new DateOnly(2026, 11, 28),
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            };
            document.Instruments.Add(await db.Instruments.SingleAsync(i => i.Slug == "lanzarote-convention"));
            document.Countries.Add(await db.Countries.SingleAsync(c => c.Code == "FR"));
            document.MonitoringRound = roundSlug is null ? null : await db.MonitoringRounds.SingleAsync(r => r.Slug == roundSlug);
            document.Sources.Add(new SourceReference { Key = "test", Title = "Test source", Publisher = "Tests", Url = new Uri("https://example.org/") });
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        });
        return slug;
    }

    /// <summary>A monitoring round of the Lanzarote Convention with one finding addressed to France.</summary>
    public static async Task<(int Number, string Slug)> AddMonitoringRoundAsync(
        this HubAppFactory hub, string theme, Visibility visibility, string instrument = "lanzarote-convention")
    {
        var slug = UniqueKey("round");
        // Round numbers are unique per instrument and the hub is shared by every test: take the next free one.
        var number = Interlocked.Increment(ref _nextRoundNumber);
        await hub.WithDatabaseAsync(async db =>
        {
            var round = new MonitoringRound
            {
                Slug = slug,
                Instrument = await db.Instruments.SingleAsync(i => i.Slug == instrument),
                Number = number,
                Theme = new LocalisedText(theme),
                Summary = new LocalisedText("Summary of " + theme),
                Status = ContentStatus.Published,
                Visibility = visibility,
                ReviewedOn = new DateOnly(2026, 11, 28),
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            };
            var finding = new Finding
            {
                Key = "test-finding",
                Area = FindingArea.Protection,
                Text = new LocalisedText("Finding of " + theme),
                SourceKeys = ["test"],
                AsOf = new DateOnly(2026, 11, 28),
            };
            finding.Countries.Add(await db.Countries.SingleAsync(c => c.Code == "FR"));
            round.Findings.Add(finding);
            round.Sources.Add(new SourceReference { Key = "test", Title = "Test source", Publisher = "Tests", Url = new Uri("https://example.org/") });
            db.MonitoringRounds.Add(round);
            await db.SaveChangesAsync();
        });
        return (number, slug);
    }

    /// <summary>Waits until the search index holds every change committed so far.</summary>
    public static async Task SearchCaughtUpAsync(this HubAppFactory hub)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await hub.Services.GetRequiredService<CseaHub.Web.Search.SearchIndexer>().CatchUpAsync(timeout.Token);
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return new HtmlParser().ParseDocument(html);
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The text a reader sees, with white space folded, so assertions read like the page.</summary>
    public static string VisibleText(this IHtmlDocument document) =>
        string.Join(' ', (document.Body?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
