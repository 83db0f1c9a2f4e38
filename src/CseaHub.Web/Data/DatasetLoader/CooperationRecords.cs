using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>One entry of <c>cooperation/measures.json</c>.</summary>
public sealed record CooperationMeasureRecord(
    string Key, LocalisedTextRecord Label, LocalisedTextRecord Description, bool Emergency = false);

/// <summary>Where a route's request goes on the requested side: authorities designated under an instrument, in these roles.</summary>
public sealed record RouteAuthoritiesRecord(IReadOnlyList<AuthorityRole> Roles, string? Instrument = null);

public sealed record RouteExclusionRecord(string Country, string Source, bool Confirmed = true);

/// <summary>One file of <c>cooperation/routes/</c>: a rule of the cooperation navigator.</summary>
public sealed record CooperationRouteRecord
{
    public required string Slug { get; init; }

    public required string Instrument { get; init; }

    public required IReadOnlyList<string> Articles { get; init; }

    public required IReadOnlyList<string> Measures { get; init; }

    public RouteUse Use { get; init; } = RouteUse.Always;

    public required int Rank { get; init; }

    public required RouteBinding Binding { get; init; }

    public required RouteChannel Channel { get; init; }

    public RouteAuthoritiesRecord? Authorities { get; init; }

    public IReadOnlyList<RouteExclusionRecord> NotBound { get; init; } = [];

    public required ContentStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public required LocalisedTextRecord Summary { get; init; }

    public required LocalisedTextRecord Requirements { get; init; }

    public IReadOnlyList<string> Documents { get; init; } = [];

    public IReadOnlyList<string> Organisations { get; init; } = [];

    public required DateOnly ReviewedOn { get; init; }

    public required IReadOnlyList<SourceRecord> Sources { get; init; }

    public IReadOnlyList<string> Gaps { get; init; } = [];
}
