namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// One row of the change feed: content of <see cref="EntityType"/> with key <see cref="Key"/> was added, changed or
/// removed. Written in the same transaction as the change itself, so whatever derives from the database (the search
/// index, later caches and feeds) can follow it from a checkpoint and never miss or invent a change.
/// </summary>
public sealed class ContentChange
{
    /// <summary>Increases with every change; readers remember the last one they applied.</summary>
    public long Id { get; set; }

    public string EntityType { get; set; } = string.Empty;

    /// <summary>The slug (or country code) the change concerns, as it was before and after a rename.</summary>
    public string Key { get; set; } = string.Empty;

    public DateTime ChangedUtc { get; set; }
}

/// <summary>The kinds of content the change feed names.</summary>
public static class ContentTypes
{
    public const string Organisation = "organisation";
    public const string Instrument = "instrument";
    public const string Document = "document";
    public const string MonitoringRound = "round";
    public const string Authority = "authority";
    public const string Country = "country";
    public const string GlossaryTerm = "glossary";
    public const string Taxonomy = "taxonomy";
    public const string Route = "route";
    public const string Measure = "measure";
    public const string About = "about";

    /// <summary>A part of an item (its key is the part's kind): pages showing it are cached until the feed moves.</summary>
    public const string Part = "part";
}
