namespace CseaHub.Web.Domain.Organisations;

public sealed class PostalAddress
{
    public string Street { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string Locality { get; set; } = string.Empty;

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string CountryCode { get; set; } = string.Empty;

    public string SourceKey { get; set; } = string.Empty;

    public DateOnly AsOf { get; set; }
}
