namespace CseaHub.Web.Domain.Accounts;

/// <summary>The security-relevant events an administrator can review.</summary>
public enum AuditEventKind
{
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    SignOutEverywhere,
    Registered,
    EmailConfirmed,
    AccountCreated,
    Approved,
    Refused,
    RoleAdded,
    RoleRemoved,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorReset,
    PasswordResetRequested,
    PasswordReset,
    Published,
    Archived,
    DraftDiscarded,
    Exported,
    Imported,
    ApiTokenCreated,
    ApiTokenRevoked,
}

/// <summary>
/// One line of the audit log: what happened, to which account, done by whom, from where. Rows are only ever added.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public AuditEventKind Kind { get; set; }

    /// <summary>
    /// The e-mail of the account the event is about (for a failed sign-in, the one typed); for a publication, the
    /// dataset file.
    /// </summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The e-mail of whoever acted, when it was someone else (an administrator, the operator).</summary>
    public string? Actor { get; set; }

    /// <summary>A short, non-secret detail: the role added, the reason given.</summary>
    public string? Detail { get; set; }

    public string? RemoteAddress { get; set; }
}
