using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;

namespace CseaHub.Web.Domain.Cooperation;

/// <summary>The part an authority plays for a request under an instrument.</summary>
public enum AuthorityRole
{
    /// <summary>Sends and answers requests for mutual legal assistance (Budapest Convention Art. 27).</summary>
    CentralAuthority,

    /// <summary>The round-the-clock point of contact of the 24/7 Network (Budapest Convention Art. 35).</summary>
    ContactPoint247,

    /// <summary>Receives requests for extradition or provisional arrest (Budapest Convention Art. 24).</summary>
    Extradition,

    /// <summary>Designated under the Second Additional Protocol (orders, emergency requests, …).</summary>
    ProtocolDesignation,

    Other,
}

/// <summary>
/// An authority a state designated under an instrument: where a request goes. The record can be restricted as a whole
/// (24/7 operational contacts are for vetted professionals only) and so can each of its contact details.
/// </summary>
public sealed class CompetentAuthority : ContentItem
{
    public int InstrumentId { get; set; }

    public Instrument Instrument { get; set; } = null!;

    public int CountryId { get; set; }

    public Country Country { get; set; } = null!;

    public AuthorityRole Role { get; set; }

    /// <summary>The articles it is designated under, as the instrument numbers them ("27", "35").</summary>
    public List<string> Articles { get; set; } = [];

    public LocalisedText Name { get; set; } = LocalisedText.Empty;

    public List<AuthorityDetail> Details { get; } = [];

    public List<SourceReference> Sources { get; } = [];

    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }
}

public enum AuthorityDetailKind
{
    Address,
    Phone,
    Email,
    Website,
    Channels,
    Languages,
    Notes,
}

/// <summary>One contact detail of an authority, visible to the public or to vetted professionals only.</summary>
public sealed class AuthorityDetail : IRestrictable
{
    public int Id { get; set; }

    public int CompetentAuthorityId { get; set; }

    public int Position { get; set; }

    public AuthorityDetailKind Kind { get; set; }

    public string Value { get; set; } = string.Empty;

    public Visibility Visibility { get; set; } = Visibility.Public;

    public string SourceKey { get; set; } = string.Empty;

    public DateOnly AsOf { get; set; }
}
