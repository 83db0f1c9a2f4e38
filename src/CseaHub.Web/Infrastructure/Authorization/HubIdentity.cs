using System.Security.Claims;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CseaHub.Web.Infrastructure.Authorization;

/// <summary>Accounts with ASP.NET Core Identity, stored in the hub's database, secure by default.</summary>
public static class HubIdentity
{
    /// <summary>Staff areas need the role and a sign-in completed with a second factor.</summary>
    public const string StaffPolicy = "Staff";

    public const string AdministratorPolicy = "Administrator";

    /// <summary>The content API: staff, authenticated by an API token only (never by a cookie a browser would send).</summary>
    public const string ContentApiPolicy = "ContentApi";

    /// <summary>The claim Identity adds to a sign-in completed with a second factor ("amr": "mfa").</summary>
    public const string MultiFactorClaim = "amr";

    public const string MultiFactorValue = "mfa";

    public static IServiceCollection AddHubIdentity(this IServiceCollection services)
    {
        services.AddIdentity<HubUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;

                // The user name is the e-mail address, checked as one before it gets here (o'brien@… is valid).
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<HubDbContext>()
            .AddDefaultTokenProviders();

        // Every minute each session is checked against the database on whichever node serves it: its roles are read
        // again (so vetting and role changes reach open sessions), and a changed security stamp ("sign out
        // everywhere") ends it.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Accounts:SessionCheckSeconds", 60));

            // The check rebuilds the session's claims from the database; how the person signed in is not stored
            // there, so the second-factor claim is carried over.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.SignedInWithSecondFactor() == true && context.NewPrincipal?.Identity is ClaimsIdentity identity
                    && !identity.HasClaim(MultiFactorClaim, MultiFactorValue))
                {
                    identity.AddClaim(new Claim(MultiFactorClaim, MultiFactorValue));
                }

                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "cseahub.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cseahub.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Keys in the database: every web node decrypts every other node's cookies and anti-forgery tokens.
        services.AddDataProtection().SetApplicationName("CseaHub").PersistKeysToDbContext<HubDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy
                .RequireRole(HubRoles.Editor, HubRoles.Reviewer, HubRoles.Administrator)
                .RequireClaim(MultiFactorClaim, MultiFactorValue))
            .AddPolicy(AdministratorPolicy, policy => policy
                .RequireRole(HubRoles.Administrator)
                .RequireClaim(MultiFactorClaim, MultiFactorValue))
            .AddPolicy(ContentApiPolicy, policy => policy
                .AddAuthenticationSchemes(ApiTokens.Scheme)
                .RequireRole(HubRoles.Editor, HubRoles.Reviewer, HubRoles.Administrator));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokens.Scheme, null);
        services.AddScoped<ApiTokens>();
        services.AddScoped<AuditLog>();
        return services;
    }

    public static bool IsStaff(this ClaimsPrincipal user) => HubRoles.StaffRoles.Any(user.IsInRole);

    public static bool SignedInWithSecondFactor(this ClaimsPrincipal user) => user.HasClaim(MultiFactorClaim, MultiFactorValue);
}
