namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>What records of a dataset can point at: the slugs of its organisations, instruments (with their article
/// numbers), monitoring rounds and documents.</summary>
internal sealed record DatasetReferences(
    IReadOnlySet<string> Organisations,
    IReadOnlyDictionary<string, IReadOnlySet<string>> InstrumentArticles,
    IReadOnlySet<string> MonitoringRounds,
    IReadOnlySet<string> Documents)
{
    /// <summary>The dataset's instruments, and <paramref name="known"/>'s organisations, documents and rounds with the dataset's.</summary>
    public static DatasetReferences Of(Dataset dataset, RecordsOutside known) => new(
        known.OrganisationParents.Keys.ToHashSet(StringComparer.Ordinal),
        dataset.Instruments.GroupBy(i => i.Record.Slug, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.First().Record.Articles.Select(a => a.Number).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal),
        dataset.MonitoringRounds.Select(r => r.Record.Slug).Concat(known.MonitoringRounds).ToHashSet(StringComparer.Ordinal),
        known.Documents);

    public IReadOnlySet<string> Instruments { get; } = InstrumentArticles.Keys.ToHashSet(StringComparer.Ordinal);
}
