using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Pages;
using CseaHub.Web.Pages.Cooperation;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Monitoring;

namespace CseaHub.Web.Api;

/// <summary>A date as precisely as its source gives it: <c>day</c> is null when only the year is known.</summary>
public sealed record PartialDateDto(int Year, DateOnly? Day);

public sealed record DocumentListItemDto(
    string Slug, LocalisedTextDto Title, DocumentKind Kind, OrganisationRefDto? IssuedBy, PartialDateDto Issued, LocalisedTextDto Summary)
{
    public static DocumentListItemDto From(LibraryItem item) => new(
        item.Slug,
        LocalisedTextDto.From(item.Title),
        item.Kind,
        item.IssuedBy is { } body ? OrganisationRefDto.From(body) : null,
        new PartialDateDto(item.Year, item.Day),
        LocalisedTextDto.From(item.Summary));
}

public sealed record InstrumentRefDto(string Slug, LocalisedTextDto ShortName, string? Reference)
{
    public static InstrumentRefDto From(InstrumentRef instrument) =>
        new(instrument.Slug, LocalisedTextDto.From(instrument.ShortName), instrument.Reference);
}

public sealed record ArticleRefDto(string Instrument, string Number, LocalisedTextDto? Title);

public sealed record RoundRefDto(string Instrument, int Number, LocalisedTextDto Theme)
{
    public static RoundRefDto From(RoundRef round) => new(round.InstrumentSlug, round.Number, LocalisedTextDto.From(round.Theme));
}

public sealed record DocumentDto(
    string Slug,
    LocalisedTextDto Title,
    DocumentKind Kind,
    OrganisationRefDto? IssuedBy,
    PartialDateDto Issued,
    string IssuedSource,
    IReadOnlyList<string> Languages,
    LocalisedTextDto Summary,
    string? Url,
    IReadOnlyList<InstrumentRefDto> Instruments,
    IReadOnlyList<ArticleRefDto> Articles,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Audiences,
    RoundRefDto? MonitoringRound,
    IReadOnlyList<FindingRefDto> Findings,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn)
{
    public static DocumentDto From(DocumentProfile d) => new(
        d.Slug,
        LocalisedTextDto.From(d.Title),
        d.Kind,
        d.IssuedBy is { } body ? OrganisationRefDto.From(body) : null,
        new PartialDateDto(d.Issued.Year, d.Issued.Day),
        d.Issued.SourceKey,
        d.Languages,
        LocalisedTextDto.From(d.Summary),
        d.Url?.OriginalString,
        [.. d.Instruments.Select(InstrumentRefDto.From)],
        [.. d.Articles.Select(a => new ArticleRefDto(a.InstrumentSlug, a.Number, a.Title is { } title ? LocalisedTextDto.From(title) : null))],
        [.. d.Countries.Select(c => c.Code)],
        [.. d.Topics.Select(t => t.Key)],
        [.. d.Audiences.Select(t => t.Key)],
        d.MonitoringRound is { } round ? RoundRefDto.From(round) : null,
        [.. d.Findings.Select(FindingRefDto.From)],
        [.. d.Sources.Select(SourceDto.From)],
        d.Gaps,
        d.ReviewedOn);
}

/// <summary>A finding with the round it belongs to (one drawn from a document, one addressed to a country).</summary>
public sealed record FindingRefDto(RoundRefDto Round, string Key, FindingArea Area, LocalisedTextDto Text)
{
    public static FindingRefDto From(FindingRef finding) =>
        new(RoundRefDto.From(finding.Round), finding.Key, finding.Area, LocalisedTextDto.From(finding.Text));
}

public sealed record FindingDto(
    string Key, FindingArea Area, RecommendationGrade? Grade, LocalisedTextDto Text, IReadOnlyList<string> Countries,
    string? Document, string? Paragraph, IReadOnlyList<string> Sources, DateOnly AsOf);

public sealed record RoundDto(
    InstrumentRefDto Instrument,
    int Number,
    LocalisedTextDto Theme,
    LocalisedTextDto Summary,
    PartialDateDto? Launched,
    DateOnly? ReportAdopted,
    string? Questionnaire,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Documents,
    int FindingCount,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn)
{
    public static RoundDto From(RoundProfile r) => new(
        InstrumentRefDto.From(r.Instrument),
        r.Number,
        LocalisedTextDto.From(r.Theme),
        LocalisedTextDto.From(r.Summary),
        r.Launched is { } launched ? new PartialDateDto(launched.Year, launched.Day) : null,
        r.ReportAdopted?.Date,
        r.Questionnaire?.OriginalString,
        [.. r.Countries.Select(c => c.Code)],
        [.. r.Documents.Select(d => d.Slug)],
        r.FindingCount,
        [.. r.Findings.Select(f => new FindingDto(
            f.Key, f.Area, f.Grade, LocalisedTextDto.From(f.Text), [.. f.Countries.Select(c => c.Code)], f.Document?.Slug, f.Paragraph,
            f.SourceKeys, f.AsOf))],
        [.. r.Sources.Select(SourceDto.From)],
        r.Gaps,
        r.ReviewedOn);
}

public sealed record AuthorityDetailDto(AuthorityDetailKind Kind, string Value, string Source, DateOnly AsOf);

public sealed record AuthorityDto(
    string Slug, string Instrument, AuthorityRole Role, IReadOnlyList<string> Articles, LocalisedTextDto Name,
    IReadOnlyList<AuthorityDetailDto> Details, IReadOnlyList<SourceDto> Sources, IReadOnlyList<string> Gaps, DateOnly ReviewedOn)
{
    public static AuthorityDto From(AuthorityView a) => new(
        a.Slug, a.Instrument.Slug, a.Role, a.Articles, LocalisedTextDto.From(a.Name),
        [.. a.Details.Select(d => new AuthorityDetailDto(d.Kind, d.Value, d.SourceKey, d.AsOf))],
        [.. a.Sources.Select(SourceDto.From)], a.Gaps, a.ReviewedOn);
}
