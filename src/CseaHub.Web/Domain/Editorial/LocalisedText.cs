namespace CseaHub.Web.Domain.Editorial;

/// <summary>
/// A text in the hub's two languages. English is required; French may be empty and then falls back to English,
/// which the page must mark with <c>lang="en"</c>.
/// </summary>
public sealed record LocalisedText(string En, string Fr = "")
{
    public static LocalisedText Empty { get; } = new(string.Empty);

    public LocalisedValue In(string language) =>
        language == "fr" && !string.IsNullOrWhiteSpace(Fr)
            ? new LocalisedValue(Fr, "fr")
            : new LocalisedValue(En, "en");
}

/// <summary>The text shown to a reader and the language it is actually in.</summary>
public sealed record LocalisedValue(string Text, string Language)
{
    public override string ToString() => Text;
}
