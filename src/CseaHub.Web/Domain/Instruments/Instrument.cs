using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Domain.Instruments;

public enum InstrumentKind
{
    Convention,
    Protocol,
    Strategy,
    Directive,
    Regulation,
    Recommendation,
    FrameworkDecision,
}

public static class InstrumentKinds
{
    /// <summary>Strategies and recommendations are not treaties or laws: they never "enter into force".</summary>
    public static bool EntersIntoForce(this InstrumentKind kind) =>
        kind is not (InstrumentKind.Strategy or InstrumentKind.Recommendation);
}

/// <summary>A legal instrument (convention, protocol, directive, …): which law applies, and to which states.</summary>
public sealed class Instrument : ContentItem
{
    public LocalisedText Title { get; set; } = LocalisedText.Empty;

    public LocalisedText ShortName { get; set; } = LocalisedText.Empty;

    /// <summary>Other names practitioners use for it ("2AP", "Budapest Convention"), each found in a source.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>The official reference, e.g. "CETS No. 201" or "OJ L 335, 17.12.2011".</summary>
    public string? Reference { get; set; }

    public InstrumentKind Kind { get; set; }

    public int? OwnerId { get; set; }

    public Organisation? Owner { get; set; }

    /// <summary>The body that monitors the instrument (the Lanzarote Committee, the T-CY, …).</summary>
    public int? MonitoringBodyId { get; set; }

    public Organisation? MonitoringBody { get; set; }

    public LocalisedText Summary { get; set; } = LocalisedText.Empty;

    /// <summary>When the text was adopted (by the Committee of Ministers, the General Assembly, the EU legislator).</summary>
    public SourcedDate? Adopted { get; set; }

    public SourcedDate? OpenedForSignature { get; set; }

    /// <summary>Where it was opened for signature (Lanzarote, Budapest, Strasbourg, …).</summary>
    public string? OpenedAt { get; set; }

    public SourcedDate? EntryIntoForce { get; set; }

    /// <summary>For EU regulations: the date from which the rules apply, when it differs from entry into force.</summary>
    public SourcedDate? ApplicableFrom { get; set; }

    public Uri? OfficialText { get; set; }

    /// <summary>The official list of the Parties' reservations and declarations (for treaties, the Treaty Office's).</summary>
    public Uri? ReservationsAndDeclarations { get; set; }

    public List<Article> Articles { get; } = [];

    public List<Party> Parties { get; } = [];

    public List<SourceReference> Sources { get; } = [];

    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }
}
