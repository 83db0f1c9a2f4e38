using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

// The shapes of the JSON files under data/ (see data/README.md). They are the exchange format of the bundled
// dataset, `import` and `export`, kept apart from the entities so the file format can stay stable.

public sealed record LocalisedTextRecord(string En, string Fr = "")
{
    public LocalisedText ToText() => new(En.Trim(), Fr.Trim());

    public static LocalisedTextRecord From(LocalisedText text) => new(text.En, text.Fr);
}

/// <summary>A source; <paramref name="Language"/> is the language of its title (ISO 639-1), for the page's lang attributes.</summary>
public sealed record SourceRecord(
    string Id, string Title, string Publisher, string Url, DateOnly? Published = null, string Language = "en")
{
    public SourceReference ToReference() => new()
    {
        Key = Id,
        Title = Title.Trim(),
        Publisher = Publisher.Trim(),
        Url = new Uri(Url),
        Published = Published,
        Language = Language,
    };

    public static SourceRecord From(SourceReference source) =>
        new(source.Key, source.Title, source.Publisher, source.Url.OriginalString, source.Published, source.Language);
}

public sealed record SourcedValueRecord(string Value, string Source, DateOnly AsOf);

public sealed record AddressRecord
{
    public string Street { get; init; } = string.Empty;

    public string PostalCode { get; init; } = string.Empty;

    public required string Locality { get; init; }

    public required string Country { get; init; }

    public required string Source { get; init; }

    public required DateOnly AsOf { get; init; }
}

public sealed record SectionRecord(
    string Key,
    LocalisedTextRecord Title,
    LocalisedTextRecord Body,
    Visibility Visibility,
    IReadOnlyList<string> Sources,
    DateOnly AsOf);

public sealed record LinkRecord(LinkKind Kind, LocalisedTextRecord Title, string Url, Visibility Visibility = Visibility.Public);

/// <summary>One organisation file. Optional facts are simply left out of the file when no source gives them.</summary>
public sealed record OrganisationRecord
{
    public required string Slug { get; init; }

    public required LocalisedTextRecord Name { get; init; }

    public string? Acronym { get; init; }

    public required string Type { get; init; }

    public string? Parent { get; init; }

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public required LocalisedTextRecord Summary { get; init; }

    public required LocalisedTextRecord Description { get; init; }

    public required IReadOnlyList<string> Audiences { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public AddressRecord? Address { get; init; }

    public SourcedValueRecord? Phone { get; init; }

    public SourcedValueRecord? Email { get; init; }

    public SourcedValueRecord? Website { get; init; }

    public IReadOnlyList<SectionRecord> Sections { get; init; } = [];

    public IReadOnlyList<LinkRecord> Links { get; init; } = [];

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];
}

public sealed record TermRecord(string Key, LocalisedTextRecord Label);

/// <summary>A country; <paramref name="Sources"/> are the pages that back its membership dates.</summary>
public sealed record CountryRecord(
    string Code,
    LocalisedTextRecord Name,
    DateOnly? CoeMemberSince = null,
    IReadOnlyList<string>? Sources = null,
    DateOnly? EuMemberSince = null)
{
    /// <summary>No source is no list, however it came (a file leaves it out, the database holds an empty one), so equal records serialise alike.</summary>
    public IReadOnlyList<string>? Sources { get; init; } = Sources is { Count: 0 } ? null : Sources;
}

public sealed record SourcedDateRecord(DateOnly Date, string Source, DateOnly AsOf)
{
    public SourcedDate ToDate() => new() { Date = Date, SourceKey = Source, AsOf = AsOf };

    public static SourcedDateRecord? From(SourcedDate? date) => date is null ? null : new(date.Date, date.SourceKey, date.AsOf);
}

public sealed record ArticleRecord(
    string Number, LocalisedTextRecord Title, LocalisedTextRecord Summary, IReadOnlyList<string> Sources, DateOnly AsOf);

public sealed record PartyRecord
{
    public required string Country { get; init; }

    public required PartyStatus Status { get; init; }

    public DateOnly? Signature { get; init; }

    public DateOnly? Ratification { get; init; }

    public bool Accession { get; init; }

    public DateOnly? EntryIntoForce { get; init; }

    public string? Reservations { get; init; }

    /// <summary>What the reservations do to cooperation routes; only with a <see cref="Reservations"/> text that says it.</summary>
    public IReadOnlyList<ReservationEffectRecord> ReservationEffects { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }

    public required string StatusAsOf { get; init; }
}

public sealed record ReservationEffectRecord(IReadOnlyList<string> Articles, ReservationEffectKind Effect, ReservationSide Side);

/// <summary>One instrument file: the instrument, its sourced dates and its party rows.</summary>
public sealed record InstrumentRecord
{
    public required string Slug { get; init; }

    public required LocalisedTextRecord Title { get; init; }

    public required LocalisedTextRecord ShortName { get; init; }

    /// <summary>Other names practitioners use ("2AP"), each seen in one of the record's sources.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Reference { get; init; }

    public required InstrumentKind Kind { get; init; }

    public string? Owner { get; init; }

    public string? MonitoringBody { get; init; }

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public required LocalisedTextRecord Summary { get; init; }

    public SourcedDateRecord? Adopted { get; init; }

    public SourcedDateRecord? OpenedForSignature { get; init; }

    public string? OpenedAt { get; init; }

    public SourcedDateRecord? EntryIntoForce { get; init; }

    public SourcedDateRecord? ApplicableFrom { get; init; }

    public string? OfficialText { get; init; }

    /// <summary>The official list of the Parties' reservations and declarations.</summary>
    public string? ReservationsAndDeclarations { get; init; }

    public IReadOnlyList<ArticleRecord> Articles { get; init; } = [];

    public IReadOnlyList<PartyRecord> Parties { get; init; } = [];

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];
}

public sealed record FundingProjectRecord
{
    public required string Key { get; init; }

    public required LocalisedTextRecord Name { get; init; }

    public required LocalisedTextRecord Programme { get; init; }

    public DateOnly? Starts { get; init; }

    public DateOnly? Ends { get; init; }

    public string? Url { get; init; }

    public required string Source { get; init; }
}

public sealed record AboutRecord(
    LocalisedTextRecord Introduction,
    LocalisedTextRecord FundingDisclaimer,
    IReadOnlyList<FundingProjectRecord> FundingProjects,
    DateOnly ReviewedOn,
    IReadOnlyList<SourceRecord> Sources);
