using System.Runtime.CompilerServices;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>A record read from a dataset file, with the file it came from (relative to the dataset root).</summary>
public sealed record Located<T>(string File, T Record);

/// <summary>Everything read from one dataset folder, before validation.</summary>
public sealed class Dataset
{
    public const string OrganisationTypesFile = "taxonomies/organisation-types.json";
    public const string AudiencesFile = "taxonomies/audiences.json";
    public const string TopicsFile = "taxonomies/topics.json";
    public const string CountriesFile = "countries/countries.json";
    public const string OrganisationsFolder = "organisations";
    public const string AboutFile = "about/about.json";
    public const string InstrumentsFolder = "instruments";
    public const string MonitoringFolder = "monitoring";
    public const string LibraryFolder = "library";
    public const string AuthoritiesFolder = "authorities";
    public const string GlossaryFolder = "glossary";
    public const string MeasuresFile = "cooperation/measures.json";
    public const string RoutesFolder = "cooperation/routes";

    public List<Located<TermRecord>> OrganisationTypes { get; } = [];

    public List<Located<TermRecord>> Audiences { get; } = [];

    public List<Located<TermRecord>> Topics { get; } = [];

    public List<Located<CountryRecord>> Countries { get; } = [];

    public List<Located<OrganisationRecord>> Organisations { get; } = [];

    public List<Located<InstrumentRecord>> Instruments { get; } = [];

    public List<Located<MonitoringRoundRecord>> MonitoringRounds { get; } = [];

    public List<Located<DocumentRecord>> Documents { get; } = [];

    public List<Located<CompetentAuthorityRecord>> Authorities { get; } = [];

    public List<Located<GlossaryTermRecord>> Glossary { get; } = [];

    public List<Located<CooperationMeasureRecord>> Measures { get; } = [];

    public List<Located<CooperationRouteRecord>> Routes { get; } = [];

    public Located<AboutRecord>? About { get; set; }
}

/// <summary>What is wrong with a dataset, precisely enough to fix it: the file, the record and the field.</summary>
public sealed record DatasetError(string File, string Record, string Field, string Message)
{
    /// <summary>
    /// The record and the message as written: their English wording and their values apart, so the back office can
    /// say them in the reader's language (Resources/messages.tsv is keyed by the English wording). Null when the error
    /// was made of plain strings, which are their own keys.
    /// </summary>
    public FormattableString? RecordWording { get; private init; }

    /// <inheritdoc cref="RecordWording"/>
    public FormattableString? MessageWording { get; private init; }

    public static DatasetError Of(string file, FormattableString record, string field, FormattableString message) =>
        new(file, FormattableString.Invariant(record), field, FormattableString.Invariant(message)) { RecordWording = record, MessageWording = message };

    /// <summary>A text without values (one a parser wrote) as a wording: its braces are text, not placeholders.</summary>
    public static FormattableString Plain(string text) =>
        FormattableStringFactory.Create(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    // Two errors are the same when they read the same: the wording only keeps its parts.
    public bool Equals(DatasetError? other) =>
        other is not null && (File, Record, Field, Message) == (other.File, other.Record, other.Field, other.Message);

    public override int GetHashCode() => HashCode.Combine(File, Record, Field, Message);

    public override string ToString() => $"{File}: {Record}, field '{Field}': {Message}";
}

public sealed class DatasetException(IReadOnlyList<DatasetError> errors)
    : Exception("The dataset has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<DatasetError> Errors { get; } = errors;
}
