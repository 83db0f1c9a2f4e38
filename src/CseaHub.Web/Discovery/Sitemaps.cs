using System.Globalization;
using System.Text;
using System.Xml;
using CseaHub.Web.Infrastructure;

namespace CseaHub.Web.Discovery;

/// <summary>
/// <c>/robots.txt</c>, and <c>/sitemap.xml</c>: a sitemap index naming one file per section and 20,000 items
/// (<c>/sitemaps/documents-2.xml</c>), each page listed in English and French with both as alternates.
/// </summary>
public static class Sitemaps
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    // Nothing in these is for search engines: the forms, the accounts, the back office and result lists.
    private static readonly string[] Private = ["/admin", "/account", "/suggest", "/search"];

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/robots.txt", RobotsAsync).ExcludeFromDescription();
        routes.MapGet("/sitemap.xml", IndexAsync).ExcludeFromDescription();
        routes.MapGet("/sitemaps/{section}-{part:int:min(1)}.xml", SectionAsync).ExcludeFromDescription();
        return routes;
    }

    private static IResult RobotsAsync(HttpContext context, PublicLinks links)
    {
        var robots = new StringBuilder("User-agent: *\n");
        foreach (var path in Private)
        {
            robots.Append(CultureInfo.InvariantCulture, $"Disallow: {path}\nDisallow: /fr{path}\n");
        }

        robots.Append(CultureInfo.InvariantCulture, $"\nSitemap: {links.Absolute(context.Request, "/sitemap.xml")}\n");
        return Results.Text(robots.ToString(), "text/plain; charset=utf-8");
    }

    private static async Task IndexAsync(HttpContext context, PublicCatalogue catalogue, PublicLinks links)
    {
        await WriteXmlAsync(context, async xml =>
        {
            await xml.WriteStartElementAsync(null, "sitemapindex", SitemapNamespace);
            foreach (var section in PublicCatalogue.Sections)
            {
                var parts = Math.Max(1, (await catalogue.CountAsync(section, context.RequestAborted) + PublicCatalogue.PerSitemap - 1) / PublicCatalogue.PerSitemap);
                for (var part = 1; part <= parts; part++)
                {
                    await xml.WriteStartElementAsync(null, "sitemap", SitemapNamespace);
                    await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, links.Absolute(context.Request, $"/sitemaps/{section}-{part}.xml").ToString());
                    await xml.WriteEndElementAsync();
                }
            }

            await xml.WriteEndElementAsync();
        });
    }

    private static async Task SectionAsync(HttpContext context, PublicCatalogue catalogue, PublicLinks links, string section, int part)
    {
        var entries = PublicCatalogue.Sections.Contains(section) ? await catalogue.ReadAsync(section, part, context.RequestAborted) : [];
        if (entries.Count == 0 && (part > 1 || !PublicCatalogue.Sections.Contains(section)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await WriteXmlAsync(context, async xml =>
        {
            await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
            await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var entry in entries)
            {
                var english = links.Page(context.Request, entry.Path, HubCulture.English).ToString();
                var french = links.Page(context.Request, entry.Path, HubCulture.French).ToString();
                foreach (var location in new[] { english, french })
                {
                    await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
                    await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, location);
                    if (entry.Updated is { } updated)
                    {
                        await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace,
                            DateTime.SpecifyKind(updated, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    }

                    await AlternateAsync(xml, HubCulture.English, english);
                    await AlternateAsync(xml, HubCulture.French, french);
                    await xml.WriteEndElementAsync();
                }
            }

            await xml.WriteEndElementAsync();
        });
    }

    private static async Task AlternateAsync(XmlWriter xml, string language, string href)
    {
        await xml.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
        await xml.WriteAttributeStringAsync(null, "hreflang", null, language);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteXmlAsync(HttpContext context, Func<XmlWriter, Task> write)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await write(xml);
        await xml.WriteEndDocumentAsync();
    }
}
