namespace CseaHub.Web.Domain.Editorial;

/// <summary>What every content entity carries: a slug, its workflow status, who may see it and when it changed.</summary>
public abstract class ContentItem
{
    public int Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public ContentStatus Status { get; set; } = ContentStatus.Draft;

    public Visibility Visibility { get; set; } = Visibility.Public;

    public DateTime CreatedUtc { get; set; }

    /// <summary>When anything changed, restricted parts included: what editors and vetted readers see.</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// When the part anonymous readers can see last changed. Public pages and the API show this date, so an edit to a
    /// professionals-only section does not reveal itself through "latest updates".
    /// </summary>
    public DateTime PublicUpdatedUtc { get; set; }

    /// <summary>Hash of the public part of the dataset record, to tell whether <see cref="PublicUpdatedUtc"/> moves.</summary>
    public string? PublicDatasetHash { get; set; }

    /// <summary>Hash of the dataset record this item was last loaded from, so an unchanged file is not rewritten.</summary>
    public string? DatasetHash { get; set; }
}
