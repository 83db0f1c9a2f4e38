namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// The name of a kind of record ("organisation type") inside an error's wording: the back office translates it with
/// the sentence around it, where a slug or a key in the same sentence stays as written.
/// </summary>
public readonly record struct RecordKindName(string English)
{
    /// <summary>Sets a kind's name apart from the interface's one-word keys ("Country"), which resources do not tell from it by case.</summary>
    public const string KeyPrefix = "record kind: ";

    public string Key => KeyPrefix + English;

    public static implicit operator RecordKindName(string english) => new(english);

    public override string ToString() => English;
}
