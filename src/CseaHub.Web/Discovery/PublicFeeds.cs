using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Discovery;

/// <summary>One published change: the page it concerns (English path), what it is, and when its public part changed.</summary>
public sealed record FeedItem(string Kind, string Path, LocalisedText Title, LocalisedText Summary, DateTime Updated);

/// <summary>What a feed follows: everything, or what concerns one country, instrument or organisation.</summary>
public sealed record FeedScope(string? Country = null, string? Instrument = null, string? Organisation = null)
{
    public static FeedScope Everything { get; } = new();
}

/// <summary>
/// The newest published changes for the Atom feeds, always as an anonymous reader sees them (feed readers carry no
/// session, and a feed may be shared): published, public items only, dated by their public part, so a change to a
/// professionals-only section or a restricted item never appears.
/// </summary>
public sealed class PublicFeeds(HubDbContext db)
{
    public const int Size = 50;

    private static readonly Viewer Anonymous = Viewer.Anonymous;

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        var items = new List<FeedItem>();
        if (Organisations(scope) is { } organisations)
        {
            items.AddRange(await Newest(organisations).Select(o => new FeedItem(
                "organisation", "/organisations/" + o.Slug, o.Name, o.Summary, o.PublicUpdatedUtc)).ToListAsync(cancellationToken));
        }

        if (Instruments(scope) is { } instruments)
        {
            items.AddRange(await Newest(instruments).Select(i => new FeedItem(
                "instrument", "/instruments/" + i.Slug, i.Title, i.Summary, i.PublicUpdatedUtc)).ToListAsync(cancellationToken));
        }

        items.AddRange(await Newest(Documents(scope)).Select(d => new FeedItem(
            "document", "/library/" + d.Slug, d.Title, d.Summary, d.PublicUpdatedUtc)).ToListAsync(cancellationToken));
        items.AddRange(await Newest(Rounds(scope)).Select(r => new FeedItem(
            "round", "/monitoring/" + r.Instrument.Slug + "/" + r.Number, r.Theme, r.Summary, r.PublicUpdatedUtc)).ToListAsync(cancellationToken));
        if (Authorities(scope) is { } authorities)
        {
            // An authority has no page of its own: it is listed on its country's page.
            var rows = await Newest(authorities).Select(a => new { a.Country.Code, a.Name, a.PublicUpdatedUtc }).ToListAsync(cancellationToken);
            items.AddRange(rows.Select(a => new FeedItem(
                "authority", "/countries/" + a.Code.ToLowerInvariant(), a.Name, LocalisedText.Empty, a.PublicUpdatedUtc)));
        }

        return [.. items.OrderByDescending(i => i.Updated).ThenBy(i => i.Path, StringComparer.Ordinal).Take(Size)];
    }

    /// <summary>Null when organisations are not news of this scope (an instrument's feed).</summary>
    private IQueryable<Domain.Organisations.Organisation>? Organisations(FeedScope scope)
    {
        var organisations = db.Organisations.VisibleTo(Anonymous);
        if (scope.Instrument is not null)
        {
            return null;
        }

        if (scope.Country is { } country)
        {
            organisations = organisations.Where(o => o.Countries.Any(c => c.Code == country));
        }

        if (scope.Organisation is { } slug)
        {
            organisations = organisations.Where(o => o.Slug == slug || (o.Parent != null && o.Parent.Slug == slug));
        }

        return organisations;
    }

    /// <summary>
    /// Null for a country: a party row changing moves its instrument's date, but which state changed cannot be told,
    /// so it is not that country's news.
    /// </summary>
    private IQueryable<Domain.Instruments.Instrument>? Instruments(FeedScope scope)
    {
        var instruments = db.Instruments.VisibleTo(Anonymous);
        if (scope.Country is not null)
        {
            return null;
        }

        if (scope.Instrument is { } slug)
        {
            instruments = instruments.Where(i => i.Slug == slug);
        }

        if (scope.Organisation is { } owner)
        {
            instruments = instruments.Where(i => (i.Owner != null && i.Owner.Slug == owner) || (i.MonitoringBody != null && i.MonitoringBody.Slug == owner));
        }

        return instruments;
    }

    private IQueryable<Domain.Library.Document> Documents(FeedScope scope)
    {
        var documents = db.Documents.VisibleTo(Anonymous);
        if (scope.Country is { } country)
        {
            documents = documents.Where(d => d.Countries.Any(c => c.Code == country));
        }

        if (scope.Instrument is { } instrument)
        {
            documents = documents.Where(d => d.Instruments.Any(i => i.Slug == instrument));
        }

        if (scope.Organisation is { } issuer)
        {
            documents = documents.Where(d => d.IssuedBy != null && d.IssuedBy.Slug == issuer);
        }

        return documents;
    }

    private IQueryable<Domain.Monitoring.MonitoringRound> Rounds(FeedScope scope)
    {
        var rounds = MonitoringRounds.Visible(db, Anonymous);
        if (scope.Country is { } country)
        {
            rounds = rounds.Where(r => r.Countries.Any(c => c.Code == country));
        }

        if (scope.Instrument is { } instrument)
        {
            rounds = rounds.Where(r => r.Instrument.Slug == instrument);
        }

        if (scope.Organisation is { } body)
        {
            rounds = rounds.Where(r => r.Instrument.MonitoringBody != null && r.Instrument.MonitoringBody.Slug == body);
        }

        return rounds;
    }

    /// <summary>Null for an organisation: authorities are states' designations, not an organisation's news.</summary>
    private IQueryable<Domain.Cooperation.CompetentAuthority>? Authorities(FeedScope scope)
    {
        if (scope.Organisation is not null)
        {
            return null;
        }

        var instruments = db.Instruments.VisibleTo(Anonymous);
        var authorities = db.CompetentAuthorities.VisibleTo(Anonymous).Where(a => instruments.Any(i => i.Id == a.InstrumentId));
        if (scope.Country is { } country)
        {
            authorities = authorities.Where(a => a.Country.Code == country);
        }

        if (scope.Instrument is { } instrument)
        {
            authorities = authorities.Where(a => a.Instrument.Slug == instrument);
        }

        return authorities;
    }

    private static IQueryable<T> Newest<T>(IQueryable<T> items)
        where T : ContentItem =>
        items.AsNoTracking().OrderByDescending(i => i.PublicUpdatedUtc).Take(Size);
}
