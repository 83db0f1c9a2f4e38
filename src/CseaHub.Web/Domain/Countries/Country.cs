using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Domain.Countries;

public sealed class Country
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string Code { get; set; } = string.Empty;

    public LocalisedText Name { get; set; } = LocalisedText.Empty;

    /// <summary>When it joined the Council of Europe, if it is a member.</summary>
    public DateOnly? CoeMemberSince { get; set; }

    /// <summary>When it joined the European Union (or its predecessor Communities), if it is a member.</summary>
    public DateOnly? EuMemberSince { get; set; }

    /// <summary>The pages that back the membership dates.</summary>
    public List<string> SourceUrls { get; set; } = [];
}
