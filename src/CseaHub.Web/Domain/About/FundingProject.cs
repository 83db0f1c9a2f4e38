using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.About;

/// <summary>A project whose funding pays for the hub, shown on the About page.</summary>
public sealed class FundingProject
{
    public int Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public int Position { get; set; }

    public LocalisedText Name { get; set; } = LocalisedText.Empty;

    public LocalisedText Programme { get; set; } = LocalisedText.Empty;

    public DateOnly? Starts { get; set; }

    public DateOnly? Ends { get; set; }

    public Uri? Url { get; set; }

    public string SourceKey { get; set; } = string.Empty;
}
