using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests;

/// <summary>Rows a test makes for itself, with unique keys, on top of the bundled dataset.</summary>
internal static class TestData
{
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
        var slug = UniqueKey("org");
        await hub.WithDatabaseAsync(async db =>
        {
            var organisation = new Organisation
            {
                Slug = slug,
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
            configure?.Invoke(organisation);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        });
        return slug;
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
