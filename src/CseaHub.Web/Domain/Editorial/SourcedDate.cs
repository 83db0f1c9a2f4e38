namespace CseaHub.Web.Domain.Editorial;

/// <summary>A date that is a fact (entry into force, opening for signature) with the source it was taken from.</summary>
public sealed class SourcedDate
{
    public DateOnly Date { get; set; }

    public string SourceKey { get; set; } = string.Empty;

    public DateOnly AsOf { get; set; }
}
