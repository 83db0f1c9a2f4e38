using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Account;

/// <summary>What the account pages share: errors by field for <c>_ErrorSummary</c>, and safe redirects.</summary>
public abstract class AccountPageModel : PageModel
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Only a local path: an attacker's link must not send a reader elsewhere after signing in.</summary>
    protected IActionResult BackTo(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect("~/");

    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Staff who have not set up a second factor are sent to do it before anything else.</summary>
    protected static bool MustSetUpSecondFactor(HubUser user, IList<string> roles) =>
        !user.TwoFactorEnabled && roles.Any(HubRoles.StaffRoles.Contains);

    protected async Task<HubUser?> CurrentUserAsync(UserManager<HubUser> users) => await users.GetUserAsync(User);
}
