using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Discovery;

/// <summary>
/// Atom feeds of published changes: everything (<c>/feeds/updates.atom</c>), or what concerns one country, instrument
/// or organisation, so a professional can follow "anything new about Romania" in a feed reader. Under <c>/fr</c> the
/// feed and its links are in French.
/// </summary>
public static class AtomFeeds
{
    public static IEndpointRouteBuilder MapAtomFeeds(this IEndpointRouteBuilder routes)
    {
        var feeds = routes.MapGroup("/feeds").ExcludeFromDescription();
        feeds.MapGet("/updates.atom", (HttpContext context, FeedWriter writer) =>
            writer.WriteAsync(context, FeedScope.Everything, "/", null));
        feeds.MapGet("/countries/{code:regex(^[a-zA-Z]{{2}}$)}.atom", async (HttpContext context, FeedWriter writer, HubDbContext db, string code) =>
        {
            var upper = code.ToUpperInvariant();
            var name = await db.Countries.Where(c => c.Code == upper).Select(c => c.Name).FirstOrDefaultAsync(context.RequestAborted);
            await writer.WriteAsync(context, new FeedScope(Country: upper), $"/countries/{upper.ToLowerInvariant()}", name);
        });
        feeds.MapGet("/instruments/{slug}.atom", async (HttpContext context, FeedWriter writer, HubDbContext db, string slug) =>
        {
            var name = await db.Instruments.VisibleTo(Viewer.Anonymous).Where(i => i.Slug == slug).Select(i => i.ShortName).FirstOrDefaultAsync(context.RequestAborted);
            await writer.WriteAsync(context, new FeedScope(Instrument: slug), $"/instruments/{slug}", name);
        });
        feeds.MapGet("/organisations/{slug}.atom", async (HttpContext context, FeedWriter writer, HubDbContext db, string slug) =>
        {
            var name = await db.Organisations.VisibleTo(Viewer.Anonymous).Where(o => o.Slug == slug).Select(o => o.Name).FirstOrDefaultAsync(context.RequestAborted);
            await writer.WriteAsync(context, new FeedScope(Organisation: slug), $"/organisations/{slug}", name);
        });
        return routes;
    }
}

/// <summary>Writes one Atom 1.0 feed with System.ServiceModel.Syndication, in the request's language.</summary>
public sealed class FeedWriter(PublicFeeds feeds, PublicLinks links, IStringLocalizer<SharedResource> text)
{
    /// <param name="context">The request.</param>
    /// <param name="scope">What the feed follows.</param>
    /// <param name="page">The English path of the page the feed is about.</param>
    /// <param name="subject">The name of what the feed follows; null for the whole hub.</param>
    public async Task WriteAsync(HttpContext context, FeedScope scope, string page, LocalisedText? subject)
    {
        // A country, instrument or organisation the public cannot open has no public feed either.
        if (subject is null && scope != FeedScope.Everything)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var language = HubCulture.CurrentLanguage;
        var request = context.Request;
        var self = links.Absolute(request, (request.PathBase + request.Path).ToUriComponent());
        var items = await feeds.NewestAsync(scope, context.RequestAborted);
        var feed = new SyndicationFeed
        {
            Id = self.ToString(),
            Title = new TextSyndicationContent("CseaHub – " + (subject is null ? text["FeedAllUpdates"] : text["FeedAbout", subject.In(language).Text])),
            Language = language,
            LastUpdatedTime = items.Count > 0 ? new DateTimeOffset(DateTime.SpecifyKind(items[0].Updated, DateTimeKind.Utc)) : DateTimeOffset.UnixEpoch,
            Generator = "CseaHub",
            Items = [.. items.Select(item => Entry(item, request, language))],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(links.Page(request, page, language), "text/html"));

        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        new Atom10FeedFormatter(feed).WriteTo(xml);
        await xml.FlushAsync();
    }

    private SyndicationItem Entry(FeedItem item, HttpRequest request, string language)
    {
        var url = links.Page(request, item.Path, language);
        var entry = new SyndicationItem
        {
            // One entry per page: a later change updates the entry rather than adding a second one.
            Id = url.ToString(),
            Title = new TextSyndicationContent(item.Title.In(language).Text),
            LastUpdatedTime = new DateTimeOffset(DateTime.SpecifyKind(item.Updated, DateTimeKind.Utc)),
        };
        if (item.Summary.In(language).Text is { Length: > 0 } summary)
        {
            entry.Summary = new TextSyndicationContent(summary);
        }

        entry.Links.Add(SyndicationLink.CreateAlternateLink(url, "text/html"));
        entry.Categories.Add(new SyndicationCategory(item.Kind, null, text["SearchType." + item.Kind]));
        return entry;
    }
}
