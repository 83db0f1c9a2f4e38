namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// The organisations and documents a validation sees by slug only, without their records: those a large import
/// streams in batches, and those of the hub it validates against. An organisation comes with its parent, so a loop
/// in the chain of parents is still found.
/// </summary>
public sealed record RecordsOutside(IReadOnlyDictionary<string, string?> OrganisationParents, IReadOnlySet<string> Documents)
{
    /// <summary>Monitoring rounds known by slug alone (a document's check reads no more of them than that).</summary>
    public IReadOnlySet<string> MonitoringRounds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static RecordsOutside None { get; } =
        new(new Dictionary<string, string?>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The organisations and documents a dataset holds (the first of a slug given twice, an error reported apart).</summary>
    public static RecordsOutside Of(Dataset dataset)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (_, organisation) in dataset.Organisations)
        {
            parents.TryAdd(organisation.Slug, organisation.Parent);
        }

        return new RecordsOutside(parents, dataset.Documents.Select(d => d.Record.Slug).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>These and <paramref name="over"/>'s, whose parents win where both name an organisation.</summary>
    public RecordsOutside Overlaid(RecordsOutside over)
    {
        var parents = new Dictionary<string, string?>(OrganisationParents, StringComparer.Ordinal);
        foreach (var (slug, parent) in over.OrganisationParents)
        {
            parents[slug] = parent;
        }

        return new RecordsOutside(parents, Documents.Concat(over.Documents).ToHashSet(StringComparer.Ordinal))
        {
            MonitoringRounds = MonitoringRounds.Concat(over.MonitoringRounds).ToHashSet(StringComparer.Ordinal),
        };
    }
}
