namespace CseaHub.Web.Domain.Editorial;

/// <summary>What every content entity carries: a slug, its workflow status, who may see it and when it changed.</summary>
public abstract class ContentItem
{
    public int Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public ContentStatus Status { get; set; } = ContentStatus.Draft;

    public Visibility Visibility { get; set; } = Visibility.Public;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Hash of the dataset record this item was last loaded from, so an unchanged file is not rewritten.</summary>
    public string? DatasetHash { get; set; }
}
