namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// The organisations and documents a validation sees by slug only, without their records: those a large import
/// streams in batches, and those of the hub it validates against. An organisation comes with its parent, so a loop
/// in the chain of parents is still found.
/// </summary>
public sealed record RecordsOutside(IReadOnlyDictionary<string, string?> OrganisationParents, IReadOnlySet<string> Documents)
{
    public static RecordsOutside None { get; } =
        new(new Dictionary<string, string?>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
}
