using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Glossary;

/// <summary>
/// One concept of the field with the words practitioners, laws and languages use for it: the preferred term, its
/// equivalents and the terms to avoid, in English and French. Search expands a query through these, so a French query
/// finds the English item and "CSAM" finds "child pornography" in an older treaty text.
/// </summary>
public sealed class GlossaryTerm : ContentItem
{
    public LocalisedText Preferred { get; set; } = LocalisedText.Empty;

    public LocalisedText Definition { get; set; } = LocalisedText.Empty;

    public List<string> AlternativesEn { get; set; } = [];

    public List<string> AlternativesFr { get; set; } = [];

    /// <summary>Terms the sources advise against (they may still appear in older texts, so search still uses them).</summary>
    public List<string> DiscouragedEn { get; set; } = [];

    public List<string> DiscouragedFr { get; set; } = [];

    /// <summary>Where the concept sits in law ("Lanzarote Convention, Art. 23").</summary>
    public List<string> LegalAnchors { get; set; } = [];

    public List<SourceReference> Sources { get; } = [];

    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }

}
