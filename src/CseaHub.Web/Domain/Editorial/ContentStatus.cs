namespace CseaHub.Web.Domain.Editorial;

/// <summary>Where a content item stands in the review workflow. Only <see cref="Published"/> reaches the public.</summary>
public enum ContentStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}
