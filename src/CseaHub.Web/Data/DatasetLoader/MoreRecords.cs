using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;

namespace CseaHub.Web.Data.DatasetLoader;

// The dataset format of the library, monitoring and competent authorities (see data/README.md).

/// <summary>A sourced date known at least to the year: the day only when a source gives it.</summary>
public sealed record PartialDateRecord(int Year, string Source, DateOnly AsOf, DateOnly? Day = null)
{
    public PartialDate ToDate() =>
        new() { Year = Year, Day = Day, SourceKey = Source, AsOf = AsOf };

    public static PartialDateRecord From(PartialDate date) => new(date.Year, date.SourceKey, date.AsOf, date.Day);
}

/// <summary>An article a document discusses: the instrument's slug and the article's number.</summary>
public sealed record ArticleRefRecord(string Instrument, string Number);

public sealed record DocumentRecord
{
    public required string Slug { get; init; }

    public required LocalisedTextRecord Title { get; init; }

    public required DocumentKind Kind { get; init; }

    public string? IssuedBy { get; init; }

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public required PartialDateRecord Issued { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public required LocalisedTextRecord Summary { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Instruments { get; init; } = [];

    public IReadOnlyList<ArticleRefRecord> Articles { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>The slug of the monitoring round the document belongs to ("lanzarote-convention-2").</summary>
    public string? MonitoringRound { get; init; }

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];
}

/// <summary>A finding; <paramref name="Countries"/> empty means thematic (addressed to all Parties).</summary>
public sealed record FindingRecord(
    string Key,
    FindingArea Area,
    LocalisedTextRecord Text,
    IReadOnlyList<string> Sources,
    DateOnly AsOf,
    RecommendationGrade? Grade = null,
    IReadOnlyList<string>? Countries = null,
    string? Document = null,
    string? Paragraph = null);

/// <summary>One monitoring round file; its slug is "{instrument}-{number}" and names the file.</summary>
public sealed record MonitoringRoundRecord
{
    public required string Instrument { get; init; }

    public required int Number { get; init; }

    public required LocalisedTextRecord Theme { get; init; }

    public required LocalisedTextRecord Summary { get; init; }

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public PartialDateRecord? Launched { get; init; }

    public SourcedDateRecord? ReportAdopted { get; init; }

    public string? Questionnaire { get; init; }

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<FindingRecord> Findings { get; init; } = [];

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public string Slug => SlugOf(Instrument, Number);

    public static string SlugOf(string instrument, int number) => $"{instrument}-{number}";
}

public sealed record AuthorityDetailRecord(
    AuthorityDetailKind Kind, string Value, string Source, DateOnly AsOf, Visibility Visibility = Visibility.Public);

public sealed record CompetentAuthorityRecord
{
    public required string Slug { get; init; }

    public required string Instrument { get; init; }

    public required string Country { get; init; }

    public required AuthorityRole Role { get; init; }

    public IReadOnlyList<string> Articles { get; init; } = [];

    public required LocalisedTextRecord Name { get; init; }

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public IReadOnlyList<AuthorityDetailRecord> Details { get; init; } = [];

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];
}

/// <summary>How one language names a glossary concept.</summary>
public sealed record GlossaryLanguageRecord(
    string Preferred, string Definition, IReadOnlyList<string>? Alternatives = null, IReadOnlyList<string>? Discouraged = null);

/// <summary>One glossary file: a concept, its names in English and French, and the sources that back them.</summary>
public sealed record GlossaryTermRecord
{
    public required string Slug { get; init; }

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public required GlossaryLanguageRecord En { get; init; }

    public required GlossaryLanguageRecord Fr { get; init; }

    public IReadOnlyList<string> LegalAnchors { get; init; } = [];

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];
}
