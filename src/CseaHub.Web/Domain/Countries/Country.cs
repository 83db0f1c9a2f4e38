using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Countries;

public sealed class Country
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string Code { get; set; } = string.Empty;

    public LocalisedText Name { get; set; } = LocalisedText.Empty;
}
