namespace CseaHub.Web.Domain.Editorial;

/// <summary>A part of a content item (a section, a link) that can be for vetted professionals only.</summary>
public interface IRestrictable
{
    Visibility Visibility { get; }
}
