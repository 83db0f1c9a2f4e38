using Microsoft.AspNetCore.Identity;

namespace CseaHub.Web.Domain.Accounts;

/// <summary>Where a professional's self-registration stands; staff created by the operator need no vetting.</summary>
public enum VettingStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// An account. The user name is the e-mail address. A registered professional sees only public content until an
/// administrator approves the account, which gives it the Professional role.
/// </summary>
public sealed class HubUser : IdentityUser
{
    /// <summary>The organisation the person registered for (a police unit, a court, an NGO, …).</summary>
    public string OrganisationName { get; set; } = string.Empty;

    public VettingStatus Vetting { get; set; } = VettingStatus.Pending;

    /// <summary>When and by whom the account was approved or refused.</summary>
    public DateTime? VettedUtc { get; set; }

    public string? VettedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The language the person registered in ("en" or "fr"): the hub writes to them in it.</summary>
    public string Language { get; set; } = "en";
}
