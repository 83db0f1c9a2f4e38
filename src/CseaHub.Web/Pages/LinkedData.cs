using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Pages.Instruments;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Organisations;

namespace CseaHub.Web.Pages;

/// <summary>
/// schema.org JSON-LD for the pages that describe one thing, built from the same view the page shows (so nothing the
/// reader may not see gets in). Serialised with &lt;, &gt;, &amp; and quotes escaped, so the block can sit in a script
/// element whatever the content holds.
/// </summary>
public static class LinkedData
{
    private const string Context = "https://schema.org";

    // Accented letters as they are; what could close the script element (<, >, &, quotes) still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The organisation as the profile shows it, with its sourced address and contact facts.</summary>
    /// <param name="profile">The profile as the reader may see it.</param>
    /// <param name="language">The page's language.</param>
    /// <param name="page">The profile page's absolute address.</param>
    /// <param name="pageOf">The absolute address of another page of the hub, from its English path.</param>
    public static string Organisation(OrganisationProfile profile, string language, Uri page, Func<string, Uri> pageOf)
    {
        var organisation = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Organization",
            ["@id"] = page.ToString(),
            ["url"] = page.ToString(),
            ["name"] = profile.Name.In(language).Text,
            ["alternateName"] = profile.Acronym,
            ["description"] = Text(profile.Summary, language),
            ["sameAs"] = profile.Website?.Value,
            ["parentOrganization"] = profile.Parent is { } parent ? Reference("Organization", parent.Name, language, pageOf($"/organisations/{parent.Slug}")) : null,
            ["subOrganization"] = Array(profile.Bodies.Select(b => Reference("Organization", b.Name, language, pageOf($"/organisations/{b.Slug}")))),
            ["location"] = Array(profile.Countries.Select(c => new JsonObject { ["@type"] = "Country", ["name"] = c.Label.In(language).Text, ["identifier"] = c.Key })),
            ["audience"] = Array(profile.Audiences.Select(a => new JsonObject { ["@type"] = "Audience", ["audienceType"] = a.Label.In(language).Text })),
            ["knowsAbout"] = Array(profile.Topics.Select(t => JsonValue.Create(t.Label.In(language).Text))),
        };

        if (profile.Address is { } address)
        {
            organisation["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = address.Street,
                ["postalCode"] = address.PostalCode,
                ["addressLocality"] = address.Locality,
                ["addressCountry"] = address.CountryCode,
            };
        }

        if (profile.Phone is not null || profile.Email is not null)
        {
            organisation["contactPoint"] = new JsonObject
            {
                ["@type"] = "ContactPoint",
                ["contactType"] = "general enquiries",
                ["telephone"] = profile.Phone?.Value,
                ["email"] = profile.Email?.Value,
            };
        }

        return Serialise(organisation);
    }

    public static string Instrument(InstrumentProfile instrument, string language, Uri page, DateOnly today)
    {
        var dated = instrument.Adopted ?? instrument.OpenedForSignature;
        var legislation = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Legislation",
            ["@id"] = page.ToString(),
            ["url"] = page.ToString(),
            ["name"] = instrument.Title.In(language).Text,
            ["alternateName"] = instrument.ShortName.In(language).Text,
            ["description"] = Text(instrument.Summary, language),
            ["legislationIdentifier"] = instrument.Reference ?? instrument.Slug,
            ["legislationType"] = instrument.Kind.ToString(),
            ["legislationDate"] = dated?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["legislationJurisdiction"] = instrument.Owner?.Name.In(language).Text,
            ["legislationPassedBy"] = instrument.Owner is { } owner ? new JsonObject { ["@type"] = "Organization", ["name"] = owner.Name.In(language).Text } : null,
            ["legislationLegalForce"] = instrument.EntryIntoForce is { } force ? (force.Date <= today ? "InForce" : "NotInForce") : null,
            ["sameAs"] = instrument.OfficialText?.ToString(),
            ["hasPart"] = Array(instrument.Articles.Select(a => new JsonObject
            {
                ["@type"] = "Legislation",
                ["legislationIdentifier"] = $"{instrument.Reference ?? instrument.Slug}, Art. {a.Number}",
                ["name"] = a.Title.In(language).Text,
            })),
        };
        return Serialise(legislation);
    }

    public static string Document(DocumentProfile document, string language, Uri page, Func<string, Uri> pageOf)
    {
        var work = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = IsReport(document.Kind) ? "Report" : "CreativeWork",
            ["@id"] = page.ToString(),
            ["url"] = page.ToString(),
            ["name"] = document.Title.In(language).Text,
            ["description"] = Text(document.Summary, language),
            ["genre"] = document.Kind.ToString(),
            ["datePublished"] = document.Issued.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                ?? (document.Issued.Year > 0 ? document.Issued.Year.ToString(CultureInfo.InvariantCulture) : null),
            ["inLanguage"] = Array(document.Languages.Select(l => JsonValue.Create(l))),
            ["sameAs"] = document.Url?.ToString(),
            ["publisher"] = document.IssuedBy is { } body ? Reference("Organization", body.Name, language, pageOf($"/organisations/{body.Slug}")) : null,
            ["about"] = Array(document.Instruments.Select(i => Reference("Legislation", i.ShortName, language, pageOf($"/instruments/{i.Slug}")))),
            ["spatialCoverage"] = Array(document.Countries.Select(c => new JsonObject { ["@type"] = "Country", ["name"] = c.Name.In(language).Text, ["identifier"] = c.Code })),
            ["keywords"] = Array(document.Topics.Select(t => JsonValue.Create(t.Label.In(language).Text))),
        };
        return Serialise(work);
    }

    private static bool IsReport(DocumentKind kind) => kind is DocumentKind.ImplementationReport or DocumentKind.ActivityReport
        or DocumentKind.CountryFactsheet or DocumentKind.ThematicFactsheet or DocumentKind.Research;

    private static JsonObject Reference(string type, LocalisedText name, string language, Uri page) =>
        new() { ["@type"] = type, ["@id"] = page.ToString(), ["url"] = page.ToString(), ["name"] = name.In(language).Text };

    private static string? Text(LocalisedText text, string language) => text.In(language).Text is { Length: > 0 } value ? value : null;

    private static JsonArray? Array(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray([.. items]);
        return array.Count == 0 ? null : array;
    }

    /// <summary>Absent facts are left out rather than written as null, as schema.org consumers expect.</summary>
    private static string Serialise(JsonObject node)
    {
        foreach (var empty in node.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            node.Remove(empty);
        }

        foreach (var child in node.Select(property => property.Value).OfType<JsonObject>())
        {
            foreach (var empty in child.Where(property => property.Value is null).Select(property => property.Key).ToList())
            {
                child.Remove(empty);
            }
        }

        return node.ToJsonString(Json);
    }
}
