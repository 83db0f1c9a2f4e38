using System.Security.Claims;
using System.Text;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Infrastructure.Mail;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Account;

/// <summary>
/// Sets up the authenticator app (TOTP, RFC 6238): the key is shown as text (and as an otpauth link), a code e-mailed
/// to the account's address proves the person also holds the mailbox (a stolen password alone cannot enrol the thief's
/// app), a first app code proves the app works, and ten recovery codes are shown once. Staff must have it; they cannot
/// turn it off.
/// </summary>
[Authorize]
[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class TwoFactorModel(
    UserManager<HubUser> users, SignInManager<HubUser> signIn, AuditLog audit, IEmailSender mail, IStringLocalizer<SharedResource> text)
    : AccountPageModel
{
    private const string EnrolmentPurpose = "EnrolAuthenticator";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? MailCode { get; set; }

    /// <summary>A code has just been e-mailed: the page says where to look.</summary>
    public bool MailCodeSent { get; private set; }

    public bool Enabled { get; private set; }

    public bool IsStaff { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is not null ? Page() : Challenge();

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (Enabled)
        {
            return Page();
        }

        var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultEmailProvider, EnrolmentPurpose);
        var message = HubCulture.In(user.Language, () => new EmailMessage(user.Email!, text["MailEnrolSubject"], text["MailEnrolBody", code]));

        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (MailDeliveryException)
        {
            Errors["mailCode"] = text["TwoFactorMailFailed"];
            return Invalid();
        }

        MailCodeSent = true;
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (Enabled)
        {
            return Page();
        }

        if (!await users.VerifyUserTokenAsync(user, TokenOptions.DefaultEmailProvider, EnrolmentPurpose, AccountInput.ReadCode(MailCode).Code))
        {
            Errors["mailCode"] = text["TwoFactorMailCodeWrong"];
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AccountInput.ReadCode(Code).Code))
        {
            Errors["code"] = text["AccountCodeWrong"];
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await audit.RecordAsync(AuditEventKind.TwoFactorEnabled, user.Email!);

        // The code just checked is a second factor: the session now counts as one signed in with it.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(HubIdentity.MultiFactorClaim, HubIdentity.MultiFactorValue)]);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (IsStaff)
        {
            Errors["disable"] = text["TwoFactorRequiredForStaff"];
            return Invalid();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(AuditEventKind.TwoFactorDisabled, user.Email!);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Account/Index");
    }

    private async Task<HubUser?> LoadAsync()
    {
        if (await CurrentUserAsync(users) is not { } user)
        {
            return null;
        }

        Enabled = user.TwoFactorEnabled;
        IsStaff = (await users.GetRolesAsync(user)).Any(HubRoles.StaffRoles.Contains);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // A new key changes the security stamp: re-issue this session's cookie so the check does not end it.
                await users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            SharedKey = Grouped(key!);
            AuthenticatorUri = $"otpauth://totp/CseaHub:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=CseaHub&digits=6";
        }

        return user;
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
