using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Cooperation;

/// <summary>
/// Something an investigator needs from another state (preservation, subscriber information, a joint team, …). Its
/// <see cref="Key"/> is part of the navigator's URLs and API, so it never changes once published.
/// </summary>
public sealed class CooperationMeasure
{
    public int Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public LocalisedText Label { get; set; } = LocalisedText.Empty;

    public LocalisedText Description { get; set; } = LocalisedText.Empty;

    /// <summary>The measure is itself an emergency one: asking for it means a life or someone's safety is at risk.</summary>
    public bool Emergency { get; set; }

    public int Position { get; set; }
}
