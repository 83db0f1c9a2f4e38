using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Organisations;

public enum LinkKind
{
    Website,
    Instrument,
    Document,
}

/// <summary>A link from a profile to a related instrument, document or page.</summary>
public sealed class OrganisationLink : IRestrictable
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public int Position { get; set; }

    public LinkKind Kind { get; set; }

    public LocalisedText Title { get; set; } = LocalisedText.Empty;

    public Uri Url { get; set; } = null!;

    public Visibility Visibility { get; set; } = Visibility.Public;
}
