using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Domain.Cooperation;

/// <summary>Who must be bound for a route to be open between two states.</summary>
public enum RouteBinding
{
    /// <summary>Both states are Parties and the instrument is in force for both.</summary>
    BothParties,

    /// <summary>Only the requesting state must be a Party (a domestic power that reaches a provider offering services there).</summary>
    RequestingParty,

    /// <summary>Both states are EU member states taking part in the instrument, and the instrument applies.</summary>
    BothEuMembers,
}

/// <summary>When a route is offered.</summary>
public enum RouteUse
{
    Always,

    /// <summary>Only when a life or someone's safety is at imminent risk.</summary>
    EmergencyOnly,
}

/// <summary>How a request travels on a route.</summary>
public enum RouteChannel
{
    ContactPoint247,
    CentralAuthority,
    DirectToProvider,
    DirectToRegistrar,
    JudicialAuthorities,
    ProviderOrder,
    JointTeamAgreement,
    DomesticOrder,
}

/// <summary>A state that does not take part in the route's instrument although it otherwise would (an EU opt-out).</summary>
public sealed class RouteExclusion
{
    public string CountryCode { get; set; } = string.Empty;

    /// <summary>The route's source that says so.</summary>
    public string SourceKey { get; set; } = string.Empty;

    /// <summary>False when the sources leave it open whether the state takes part: the route is then unconfirmed for it.</summary>
    public bool Confirmed { get; set; } = true;
}

/// <summary>
/// A rule of the cooperation navigator, kept as data so editors change answers without a code change: this article of
/// this instrument gives these measures, through this channel, between states bound in this way.
/// </summary>
public sealed class CooperationRoute : ContentItem
{
    public int InstrumentId { get; set; }

    public Instrument Instrument { get; set; } = null!;

    /// <summary>The articles the route rests on, as the instrument numbers them; the first is the main one.</summary>
    public List<string> Articles { get; set; } = [];

    /// <summary>The keys of the measures the route gives.</summary>
    public List<string> Measures { get; set; } = [];

    public RouteUse Use { get; set; }

    /// <summary>Order among the routes open for a measure: lower comes first (faster, more direct, more binding).</summary>
    public int Rank { get; set; }

    public RouteBinding Binding { get; set; }

    public RouteChannel Channel { get; set; }

    /// <summary>The instrument under which the requested state designated the authorities a request goes to.</summary>
    public int? AuthoritiesInstrumentId { get; set; }

    public Instrument? AuthoritiesInstrument { get; set; }

    public List<AuthorityRole> AuthorityRoles { get; set; } = [];

    public List<RouteExclusion> Exclusions { get; } = [];

    public LocalisedText Summary { get; set; } = LocalisedText.Empty;

    /// <summary>What the requesting side needs to do or provide.</summary>
    public LocalisedText Requirements { get; set; } = LocalisedText.Empty;

    /// <summary>Guidance notes and request templates that help on this route.</summary>
    public List<Document> Documents { get; } = [];

    /// <summary>Organisations that act as contact points or support this route (Eurojust for JITs, …).</summary>
    public List<Organisation> Organisations { get; } = [];

    public List<SourceReference> Sources { get; } = [];

    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }
}
