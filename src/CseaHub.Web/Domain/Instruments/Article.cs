using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Instruments;

/// <summary>An article of an instrument that matters in this field, with a summary written for practitioners.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public int InstrumentId { get; set; }

    /// <summary>The article's number as the instrument writes it ("9", "35").</summary>
    public string Number { get; set; } = string.Empty;

    public int Position { get; set; }

    public LocalisedText Title { get; set; } = LocalisedText.Empty;

    public LocalisedText Summary { get; set; } = LocalisedText.Empty;

    public List<string> SourceKeys { get; set; } = [];

    public DateOnly AsOf { get; set; }
}
