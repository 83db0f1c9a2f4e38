using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CseaHub.Web.Pages.Account;

/// <summary>Signing out is a form post (a link or an image must not sign anyone out); the page only offers the button.</summary>
public sealed class SignOutModel(SignInManager<HubUser> signIn, UserManager<HubUser> users, AuditLog audit) : AccountPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await CurrentUserAsync(users) is { } user)
        {
            await audit.RecordAsync(AuditEventKind.SignOut, user.Email!);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }

    /// <summary>Ends every session of this account on every device and node: the old cookies fail their next check.</summary>
    public async Task<IActionResult> OnPostEverywhereAsync()
    {
        if (await CurrentUserAsync(users) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditEventKind.SignOutEverywhere, user.Email!);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }
}
