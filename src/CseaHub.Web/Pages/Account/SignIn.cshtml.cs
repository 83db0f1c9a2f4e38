using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Account;

[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class SignInModel(
    SignInManager<HubUser> signIn, UserManager<HubUser> users, AuditLog audit, IStringLocalizer<SharedResource> text) : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            Errors["email"] = text["AccountEmailMissing"];
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = text["AccountPasswordMissing"];
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        if (!AccountInput.IsEmail(email))
        {
            // No account has such a name: answer as for a wrong password, and keep what was typed (a password in the
            // wrong field, say) out of the audit log.
            await audit.RecordAsync(AuditEventKind.SignInFailed, "(not an e-mail address)");
            Errors["email"] = text["AccountSignInFailed"];
            return Invalid();
        }

        var result = await signIn.PasswordSignInAsync(email, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInCode", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditEventKind.SignIn, email);
            var user = (await users.FindByNameAsync(email))!;
            return MustSetUpSecondFactor(user, await users.GetRolesAsync(user)) ? RedirectToPage("/Account/TwoFactor") : BackTo(ReturnUrl);
        }

        // The same words whether the account exists or not, locked or not (an address that could be locked would be
        // one that exists): the form must not tell who has an account. Identity refuses an unconfirmed account before
        // it looks at the password, so only the right password learns why.
        var unconfirmed = result.IsNotAllowed && await PasswordIsRightAsync(email, Password!);
        await audit.RecordAsync(result.IsLockedOut ? AuditEventKind.LockedOut : AuditEventKind.SignInFailed, email);
        Errors["email"] = unconfirmed ? text["AccountEmailNotConfirmed"] : text["AccountSignInFailed"];
        return Invalid();
    }

    /// <summary>Checks the password of an account Identity would not sign in, counting a wrong one towards lockout.</summary>
    private async Task<bool> PasswordIsRightAsync(string email, string password)
    {
        if (await users.FindByNameAsync(email) is not { } user)
        {
            return false;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            return true;
        }

        await users.AccessFailedAsync(user);
        return false;
    }
}
