namespace CseaHub.Web.Domain.Editorial;

/// <summary>A public source that backs facts of a content item; facts point to it by <see cref="Key"/>.</summary>
public sealed class SourceReference
{
    public string Key { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Publisher { get; set; } = string.Empty;

    public Uri Url { get; set; } = null!;

    /// <summary>The date the source itself prints, when it prints one.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The language of the title (ISO 639-1), so pages can mark it.</summary>
    public string Language { get; set; } = "en";
}
