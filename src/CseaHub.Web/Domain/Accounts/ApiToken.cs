namespace CseaHub.Web.Domain.Accounts;

/// <summary>
/// A token a member of staff made for a program of theirs to write through the API as them. Only its SHA-256 hash
/// is stored: the secret is shown once, when it is made. It expires, and can be revoked at any time.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>What the person called it ("partner sync"), to tell their tokens apart.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the secret, in lower-case hex.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>The secret's first characters, shown in the list so a person can tell which one a program uses.</summary>
    public string Prefix { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && nowUtc < ExpiresUtc;
}
