using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Pages.Organisations;

namespace CseaHub.Web.Api;

public sealed record LocalisedTextDto(string En, string Fr)
{
    public static LocalisedTextDto From(LocalisedText text) => new(text.En, text.Fr);
}

public sealed record TermDto(string Key, LocalisedTextDto Label)
{
    public static TermDto From(TermRef term) => new(term.Key, LocalisedTextDto.From(term.Label));
}

public sealed record OrganisationRefDto(string Slug, LocalisedTextDto Name, string? Acronym)
{
    public static OrganisationRefDto From(OrganisationRef organisation) =>
        new(organisation.Slug, LocalisedTextDto.From(organisation.Name), organisation.Acronym);
}

public sealed record FactDto(string Value, string Source, DateOnly AsOf)
{
    public static FactDto? From(SourcedValue? fact) => fact is null ? null : new(fact.Value, fact.SourceKey, fact.AsOf);
}

public sealed record AddressDto(string Street, string PostalCode, string Locality, string Country, string Source, DateOnly AsOf)
{
    public static AddressDto? From(PostalAddress? address) => address is null
        ? null
        : new(address.Street, address.PostalCode, address.Locality, address.CountryCode, address.SourceKey, address.AsOf);
}

public sealed record SectionDto(
    string Key, LocalisedTextDto Title, LocalisedTextDto Body, Visibility Visibility, IReadOnlyList<string> Sources, DateOnly AsOf);

public sealed record LinkDto(LinkKind Kind, LocalisedTextDto Title, string Url, Visibility Visibility);

public sealed record SourceDto(string Id, string Title, string Publisher, string Url, DateOnly? Published, string Language)
{
    public static SourceDto From(SourceReference source) =>
        new(source.Key, source.Title, source.Publisher, source.Url.OriginalString, source.Published, source.Language);
}

public sealed record OrganisationListItemDto(
    string Slug,
    LocalisedTextDto Name,
    string? Acronym,
    string Type,
    LocalisedTextDto Summary,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Countries)
{
    public static OrganisationListItemDto From(DirectoryItem item) => new(
        item.Slug, LocalisedTextDto.From(item.Name), item.Acronym, item.TypeKey, LocalisedTextDto.From(item.Summary),
        item.AudienceKeys, item.CountryCodes);
}

public sealed record OrganisationDto(
    string Slug,
    LocalisedTextDto Name,
    string? Acronym,
    TermDto Type,
    OrganisationRefDto? Parent,
    IReadOnlyList<OrganisationRefDto> Bodies,
    LocalisedTextDto Summary,
    LocalisedTextDto Description,
    IReadOnlyList<TermDto> Audiences,
    IReadOnlyList<TermDto> Topics,
    IReadOnlyList<TermDto> Countries,
    AddressDto? Address,
    FactDto? Phone,
    FactDto? Email,
    FactDto? Website,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<LinkDto> Links,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn,
    DateTime Updated)
{
    public static OrganisationDto From(OrganisationProfile p) => new(
        p.Slug,
        LocalisedTextDto.From(p.Name),
        p.Acronym,
        TermDto.From(p.Type),
        p.Parent is null ? null : OrganisationRefDto.From(p.Parent),
        [.. p.Bodies.Select(OrganisationRefDto.From)],
        LocalisedTextDto.From(p.Summary),
        LocalisedTextDto.From(p.Description),
        [.. p.Audiences.Select(TermDto.From)],
        [.. p.Topics.Select(TermDto.From)],
        [.. p.Countries.Select(TermDto.From)],
        AddressDto.From(p.Address),
        FactDto.From(p.Phone),
        FactDto.From(p.Email),
        FactDto.From(p.Website),
        [.. p.Sections.Select(s => new SectionDto(
            s.Key, LocalisedTextDto.From(s.Title), LocalisedTextDto.From(s.Body), s.Visibility, s.SourceKeys, s.AsOf))],
        [.. p.Links.Select(l => new LinkDto(l.Kind, LocalisedTextDto.From(l.Title), l.Url.OriginalString, l.Visibility))],
        [.. p.Sources.Select(SourceDto.From)],
        p.Gaps,
        p.ReviewedOn,
        p.Updated);
}
