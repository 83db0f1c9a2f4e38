using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CseaHub.Web.Infrastructure.Authorization;

/// <summary>Makes, lists and revokes staff's API tokens; only hashes are kept.</summary>
public sealed class ApiTokens(HubDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string Scheme = "ApiToken";

    /// <summary>What every secret starts with, so a leaked one is easy to recognise (and to search for in code).</summary>
    public const string SecretPrefix = "chub_";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public const int MaxNameLength = 100;

    /// <summary>A token's name says which program holds it: one line of readable text.</summary>
    public static bool IsValidName(string? name) => AccountInput.IsClean(name, MaxNameLength) && name!.Trim().Length > 0;

    /// <summary>
    /// Makes a token for <paramref name="user"/>; the secret is returned once and never stored. The audit log names
    /// <paramref name="actor"/> as its maker: the user, or the operator at the command line.
    /// </summary>
    public async Task<string> CreateAsync(HubUser user, string name, CancellationToken cancellationToken, string? actor = null)
    {
        var secret = SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id,
            Name = name,
            Hash = HashOf(secret),
            Prefix = secret[..(SecretPrefix.Length + 6)],
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditEventKind.ApiTokenCreated, user.Email ?? user.Id, actor ?? user.Email, name, cancellationToken);
        return secret;
    }

    public async Task<IReadOnlyList<ApiToken>> OfAsync(HubUser user, CancellationToken cancellationToken) =>
        await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id).OrderByDescending(t => t.CreatedUtc).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(HubUser user, int id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == user.Id && t.RevokedUtc == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditEventKind.ApiTokenRevoked, user.Email ?? user.Id, user.Email, token.Name, cancellationToken);
        return true;
    }

    /// <summary>The active token with this secret, marked as used now; null for anything else.</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = HashOf(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null || !token.IsActive(now))
        {
            return null;
        }

        // "Last used" is for people reading the list: a write every minute at most, not one per API request.
        if (token.LastUsedUtc is not { } used || now - used > TimeSpan.FromMinutes(1))
        {
            token.LastUsedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>
/// Authenticates <c>Authorization: Bearer chub_…</c> as the token's owner, with the roles the account has now: a
/// token of an account that lost its role, was refused or is locked out authenticates nobody. Browsers never send
/// such a header on their own, so these requests need no anti-forgery token.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<HubUser> users, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted) is not { } token
            || await users.FindByIdAsync(token.UserId) is not { } user
            || user.Vetting == VettingStatus.Refused
            || (user.LockoutEnd is { } lockedUntil && lockedUntil > clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked, or its account may not use it.");
        }

        var identity = new ClaimsIdentity(Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Email ?? user.Id));
        foreach (var role in await users.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
