using System.Text.Json;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Search;

/// <summary>
/// What the index holds for one searchable thing (an organisation, an article, a finding, …) as one kind of reader
/// sees it. <see cref="Views"/> says which readers may find it; an item with professionals-only parts has one entry per view.
/// </summary>
public sealed record IndexEntry(
    string Id,
    string Owner,
    string Type,
    string Url,
    LocalisedText Title,
    LocalisedText Body,
    IReadOnlyList<string> Identifiers,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets,
    DateOnly? Date)
{
    public IReadOnlyList<string> Views { get; init; } = [];

    /// <summary>
    /// The entries of one item for both kinds of reader: unpublished items have none, restricted items one for vetted
    /// professionals, public items one for everyone unless their restricted parts make the two readings differ.
    /// </summary>
    public static IReadOnlyList<IndexEntry> ForViews(ContentItem item, Func<Viewer, IReadOnlyList<IndexEntry>> build)
    {
        if (item.Status != ContentStatus.Published)
        {
            return [];
        }

        var professional = build(new Viewer(IsVettedProfessional: true));
        if (item.Visibility != Visibility.Public)
        {
            return [.. professional.Select(e => e with { Views = [SearchFields.ProfessionalView] })];
        }

        var anonymous = build(Viewer.Anonymous);
        if (JsonSerializer.Serialize(anonymous) == JsonSerializer.Serialize(professional))
        {
            return [.. anonymous.Select(e => e with { Views = [SearchFields.PublicView, SearchFields.ProfessionalView] })];
        }

        return
        [
            .. anonymous.Select(e => e with { Views = [SearchFields.PublicView] }),
            .. professional.Select(e => e with { Views = [SearchFields.ProfessionalView] }),
        ];
    }

    /// <summary>
    /// Entries of an item that lives inside another (a round inside its instrument) are only as visible as both: none
    /// while the parent is unpublished, professionals-only while the parent is.
    /// </summary>
    public static IReadOnlyList<IndexEntry> WithinParent(IReadOnlyList<IndexEntry> entries, ContentItem parent) =>
        parent.Status != ContentStatus.Published ? []
        : parent.Visibility == Visibility.Public ? entries
        : [.. entries.Where(e => e.Views.Contains(SearchFields.ProfessionalView))
            .Select(e => e with { Views = [SearchFields.ProfessionalView] })];

    public static string OwnerOf(string type, string key) => $"{type}:{key}";
}
