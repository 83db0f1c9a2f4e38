using System.Security.Claims;
using System.Text.Encodings.Web;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CseaHub.Tests;

/// <summary>
/// A test-only authentication scheme: a request carrying the <see cref="RoleHeader"/> header is a signed-in user in
/// that role, so tests can read the hub as a vetted professional before accounts exist.
/// </summary>
internal sealed class TestAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string RoleHeader = "X-Test-Role";

    /// <summary>Names the test user (their account id), so two test users can be told apart; "test-user" by default.</summary>
    public const string UserHeader = "X-Test-User";
    private const string SchemeName = "Test";
    private const string SelectorName = "TestOrCookie";

    /// <summary>
    /// Requests with the header use this scheme; all others keep the hub's own cookie sign-in, so account tests meet
    /// the real thing.
    /// </summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(SchemeName, null)
            .AddPolicyScheme(SelectorName, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(RoleHeader) ? SchemeName : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = SelectorName);

        // The header names a reader, as a cookie does: the front cache must leave such requests to the pipeline.
        services.PostConfigure<FrontCacheOptions>(options => options.CredentialHeaders.Add(RoleHeader));
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RoleHeader, out var role) || string.IsNullOrEmpty(role))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // A test user in a staff role counts as signed in with a second factor, as staff must be.
        var user = Request.Headers.TryGetValue(UserHeader, out var named) && !string.IsNullOrEmpty(named) ? named.ToString() : "test-user";
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user), new Claim(ClaimTypes.Name, user),
                .. role.ToString().Split(',').Select(r => new Claim(ClaimTypes.Role, r)),
                new Claim(HubIdentity.MultiFactorClaim, HubIdentity.MultiFactorValue),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
