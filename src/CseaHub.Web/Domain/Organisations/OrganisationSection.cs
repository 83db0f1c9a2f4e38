using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Organisations;

/// <summary>One of a profile's ordered long-text sections; its body is Markdown.</summary>
public sealed class OrganisationSection : IRestrictable
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public string Key { get; set; } = string.Empty;

    public int Position { get; set; }

    public LocalisedText Title { get; set; } = LocalisedText.Empty;

    public LocalisedText Body { get; set; } = LocalisedText.Empty;

    public Visibility Visibility { get; set; } = Visibility.Public;

    /// <summary>The keys of the organisation's sources this section rests on.</summary>
    public List<string> SourceKeys { get; set; } = [];

    public DateOnly AsOf { get; set; }
}
