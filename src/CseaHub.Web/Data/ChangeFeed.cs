using CseaHub.Web.Domain.About;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Glossary;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CseaHub.Web.Data;

/// <summary>
/// Turns what a <see cref="DbContext"/> is about to save into change-feed rows, in the same save. Content is named by
/// slug (known before the insert gives it an id); a renamed item is named twice, old and new, so a reader drops the
/// old entry too.
/// </summary>
internal static class ChangeFeed
{
    private const string DomainNamespace = "CseaHub.Web.Domain.";

    public static IReadOnlyList<ContentChange> Collect(ChangeTracker tracker, DateTime now)
    {
        var changes = new HashSet<(string Type, string Key)>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || TypeOf(entry.Entity) is not { } type)
            {
                continue;
            }

            if (type is ContentTypes.Part or ContentTypes.About)
            {
                changes.Add((type, entry.Metadata.ClrType.Name));
                continue;
            }

            var keyProperty = entry.Entity switch
            {
                Country => nameof(Country.Code),
                Term => nameof(Term.Key),
                CooperationMeasure => nameof(CooperationMeasure.Key),
                _ => nameof(ContentItem.Slug),
            };
            var key = entry.Property(keyProperty);
            changes.Add((type, (string)key.CurrentValue!));
            if (entry.State == EntityState.Modified && key.IsModified && key.OriginalValue is string previous)
            {
                changes.Add((type, previous));
            }
        }

        return [.. changes.Select(c => new ContentChange { EntityType = c.Type, Key = c.Key, ChangedUtc = now })];
    }

    private static string? TypeOf(object entity) => entity switch
    {
        Organisation => ContentTypes.Organisation,
        Instrument => ContentTypes.Instrument,
        Document => ContentTypes.Document,
        MonitoringRound => ContentTypes.MonitoringRound,
        CompetentAuthority => ContentTypes.Authority,
        Country => ContentTypes.Country,
        GlossaryTerm => ContentTypes.GlossaryTerm,

        // A renamed audience, topic or type changes no index entry (facets hold keys) but every label shown for it.
        Term => ContentTypes.Taxonomy,

        // Not searched, but shown on pages that are cached until the feed moves.
        CooperationRoute => ContentTypes.Route,
        CooperationMeasure => ContentTypes.Measure,
        AboutPage => ContentTypes.About,
        _ when IsContent(entity) => ContentTypes.Part,
        _ => null,
    };

    /// <summary>
    /// Any other entity of the published domain (a party, an article, a funding line) is part of an item above, which
    /// an import or an edit marks changed too; it is named once per save, by its kind, so no change goes unseen.
    /// Accounts, the audit log, drafts, revisions and suggestions are not published content.
    /// </summary>
    private static bool IsContent(object entity) =>
        entity.GetType().Namespace is { } space
        && space.StartsWith(DomainNamespace, StringComparison.Ordinal)
        && space != typeof(Domain.Accounts.HubUser).Namespace
        && space != typeof(ContentChange).Namespace;
}
