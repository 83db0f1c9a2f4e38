using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Search;

/// <summary>
/// A search as the engine receives it: checked text, filters by facet dimension, the reader's language and who they
/// are (their view decides what can match; <see cref="ForAudience"/> only lifts results tagged for that audience).
/// </summary>
public sealed record SearchRequest(
    string? Text,
    IReadOnlyDictionary<string, string> Filters,
    string? ForAudience,
    string Language,
    Viewer Viewer,
    int Page,
    int PageSize);

/// <summary>One result; <see cref="Key"/> names the thing found ("article:budapest-convention:9").</summary>
public sealed record SearchHit(string Key, string Type, string Url, LocalisedValue Title, string SnippetHtml, string SnippetLanguage, float Score);

public sealed record SearchOutcome(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<(string Value, int Count)>> Facets,
    IReadOnlyList<Expansion> Expansions,
    string? DidYouMean,
    bool Approximate,
    bool IndexReady);
