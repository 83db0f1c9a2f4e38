using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;

namespace CseaHub.Web.Domain.Monitoring;

/// <summary>
/// One monitoring round of a treaty body (the Lanzarote Committee's 2nd round, …): its theme, when it ran, the
/// questionnaire, and the findings and recommendations it addressed to the Parties.
/// </summary>
public sealed class MonitoringRound : ContentItem
{
    public int InstrumentId { get; set; }

    public Instrument Instrument { get; set; } = null!;

    /// <summary>The round's number (1, 2, …): with the instrument's slug, its address.</summary>
    public int Number { get; set; }

    public LocalisedText Theme { get; set; } = LocalisedText.Empty;

    public LocalisedText Summary { get; set; } = LocalisedText.Empty;

    /// <summary>When the round was launched, as precisely as its sources put it (often only the year).</summary>
    public PartialDate? Launched { get; set; }

    /// <summary>When the body adopted the round's implementation report.</summary>
    public SourcedDate? ReportAdopted { get; set; }

    public Uri? Questionnaire { get; set; }

    /// <summary>The Parties the round covered, when a source lists them.</summary>
    public List<Country> Countries { get; } = [];

    public List<Finding> Findings { get; } = [];

    public List<SourceReference> Sources { get; } = [];

    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }
}
