using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Taxonomy;

/// <summary>A taxonomy entry: a stable key used in URLs and data files, with its EN/FR label.</summary>
public abstract class Term
{
    public int Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public LocalisedText Label { get; set; } = LocalisedText.Empty;

    public int Position { get; set; }
}

public sealed class OrganisationType : Term;

/// <summary>Who an item is for: law enforcement, judiciary, NGOs, …</summary>
public sealed class Audience : Term;

public sealed class Topic : Term;
