namespace CseaHub.Web.Domain.Editorial;

/// <summary>A single fact (a phone number, an e-mail address, a website) with the source it was taken from.</summary>
public sealed class SourcedValue
{
    public string Value { get; set; } = string.Empty;

    public string SourceKey { get; set; } = string.Empty;

    public DateOnly AsOf { get; set; }
}
