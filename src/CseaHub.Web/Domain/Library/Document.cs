using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Domain.Taxonomy;

namespace CseaHub.Web.Domain.Library;

public enum DocumentKind
{
    ConventionText,
    InterpretativeOpinion,
    Opinion,
    Declaration,
    GuidanceNote,
    ImplementationReport,
    CountryFactsheet,
    ThematicFactsheet,
    Strategy,
    ActivityReport,
    Research,
    TrainingMaterial,
    RequestTemplate,
}

/// <summary>
/// A document of the library (an opinion, a guidance note, a monitoring report, …): what it is, who issued it and when,
/// and what it is about, so it can be found from an instrument, an article, a country or a monitoring round.
/// </summary>
public sealed class Document : ContentItem
{
    public LocalisedText Title { get; set; } = LocalisedText.Empty;

    public DocumentKind Kind { get; set; }

    public int? IssuedById { get; set; }

    public Organisation? IssuedBy { get; set; }

    public PartialDate Issued { get; set; } = new();

    /// <summary>The languages the document is published in (ISO 639-1), as its source lists them.</summary>
    public List<string> Languages { get; set; } = [];

    public LocalisedText Summary { get; set; } = LocalisedText.Empty;

    /// <summary>The official copy of the document (the hub links to it, never hosts it); empty until a source gives it.</summary>
    public Uri? Url { get; set; }

    public List<Instrument> Instruments { get; } = [];

    public List<DocumentArticle> Articles { get; } = [];

    public List<Country> Countries { get; } = [];

    public List<Topic> Topics { get; } = [];

    public List<Audience> Audiences { get; } = [];

    public int? MonitoringRoundId { get; set; }

    public MonitoringRound? MonitoringRound { get; set; }

    public List<SourceReference> Sources { get; } = [];

    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }
}

/// <summary>
/// An article a document discusses, by instrument and number rather than by row, so the link survives when the
/// instrument's articles are reloaded.
/// </summary>
public sealed class DocumentArticle
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public int InstrumentId { get; set; }

    public Instrument Instrument { get; set; } = null!;

    public string Number { get; set; } = string.Empty;
}
