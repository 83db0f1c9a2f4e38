using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.About;

/// <summary>The About page's text, its funding projects and the funding disclaimer, kept as data.</summary>
public sealed class AboutPage
{
    public int Id { get; set; }

    public LocalisedText Introduction { get; set; } = LocalisedText.Empty;

    public LocalisedText FundingDisclaimer { get; set; } = LocalisedText.Empty;

    public List<FundingProject> FundingProjects { get; } = [];

    public List<SourceReference> Sources { get; } = [];

    public DateOnly ReviewedOn { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? DatasetHash { get; set; }
}
