using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class SignInCodeModel(SignInManager<HubUser> signIn, AuditLog audit, IStringLocalizer<SharedResource> text) : AccountPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/SignIn", new { ReturnUrl });
        }

        var (fromApp, code) = AccountInput.ReadCode(Code);
        if (code.Length == 0)
        {
            Errors["code"] = text["AccountCodeMissing"];
            return Invalid();
        }

        var result = fromApp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditEventKind.SignIn, user.Email!, detail: "with a second factor");
            return BackTo(ReturnUrl);
        }

        await audit.RecordAsync(result.IsLockedOut ? AuditEventKind.LockedOut : AuditEventKind.SignInFailed, user.Email!, detail: "second factor");
        Errors["code"] = result.IsLockedOut ? text["AccountLockedOut"] : text["AccountCodeWrong"];
        return Invalid();
    }
}
