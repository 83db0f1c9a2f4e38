using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Account;

/// <summary>
/// Chooses a new password from the e-mailed link. The link works once and only until the account changes; every other
/// session of the account ends (Identity renews its security stamp).
/// </summary>
[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class ResetPasswordModel(UserManager<HubUser> users, AuditLog audit, IStringLocalizer<SharedResource> text) : AccountPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public bool LinkValid { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await FindAsync() is null ? Invalid() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } account)
        {
            return Invalid();
        }

        if (!AccountInput.IsClean(Password, 200))
        {
            Errors["password"] = text["AccountPasswordRules"];
        }
        else if (Password != ConfirmPassword)
        {
            Errors["confirmpassword"] = text["AccountPasswordsDiffer"];
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var result = await users.ResetPasswordAsync(account, AccountInput.ReadLinkToken(Code)!, Password!);
        if (!result.Succeeded)
        {
            var linkRefused = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            Errors[linkRefused ? "code" : "password"] = linkRefused ? text["ResetPasswordLinkUsed"] : text["AccountPasswordRules"];
            return Invalid();
        }

        await audit.RecordAsync(AuditEventKind.PasswordReset, account.Email!);
        Done = true;
        return Page();
    }

    private async Task<HubUser?> FindAsync()
    {
        LinkValid = AccountInput.IsClean(UserId, AccountInput.MaxEmailLength) && AccountInput.ReadLinkToken(Code) is not null;
        return LinkValid ? await users.FindByIdAsync(UserId!) : null;
    }
}
