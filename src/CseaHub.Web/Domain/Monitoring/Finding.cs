using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Library;

namespace CseaHub.Web.Domain.Monitoring;

/// <summary>The four areas the hub files findings under, after the Convention's own structure.</summary>
public enum FindingArea
{
    Prevention,
    Protection,
    Prosecution,
    Cooperation,
}

/// <summary>
/// How firmly a monitoring body puts a recommendation, in the Lanzarote Committee's graded wording: it "requires"
/// action where the Convention obliges, "requests" it where action is needed, "invites" it as good practice.
/// </summary>
public enum RecommendationGrade
{
    Requires,
    Requests,
    Invites,
}

/// <summary>
/// A finding or recommendation of a monitoring round, in the hub's own words, tied to the states it concerns (none:
/// thematic, addressed to all Parties), an area, and the document and paragraph it comes from.
/// </summary>
public sealed class Finding
{
    public int Id { get; set; }

    public int MonitoringRoundId { get; set; }

    public MonitoringRound MonitoringRound { get; set; } = null!;

    /// <summary>Stable within its round, so a finding keeps its anchor when the list changes.</summary>
    public string Key { get; set; } = string.Empty;

    public int Position { get; set; }

    public FindingArea Area { get; set; }

    public RecommendationGrade? Grade { get; set; }

    public LocalisedText Text { get; set; } = LocalisedText.Empty;

    public List<Country> Countries { get; } = [];

    public int? DocumentId { get; set; }

    public Document? Document { get; set; }

    /// <summary>Where in the document ("Recommendation R12", "§ 87"), as the document numbers it.</summary>
    public string? Paragraph { get; set; }

    public List<string> SourceKeys { get; set; } = [];

    public DateOnly AsOf { get; set; }
}
