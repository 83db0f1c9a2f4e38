using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Infrastructure.Mail;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Account;

/// <summary>
/// Asks for a link to choose a new password. The answer is the same whether the address has an account or not; the
/// link goes only to the address of a confirmed account, in the language the person registered in.
/// </summary>
[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class ForgotPasswordModel(
    UserManager<HubUser> users, IEmailSender mail, AuditLog audit, PublicLinks links, IStringLocalizer<SharedResource> text) : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim();
        if (!AccountInput.IsEmail(email))
        {
            Errors["email"] = text["AccountEmailInvalid"];
            return Invalid();
        }

        if (await users.FindByEmailAsync(email) is { EmailConfirmed: true } account)
        {
            var token = AccountInput.LinkToken(await users.GeneratePasswordResetTokenAsync(account));
            try
            {
                var message = HubCulture.In(account.Language, () => new EmailMessage(
                    account.Email!,
                    text["MailResetSubject"],
                    text["MailResetBody", links.Page(Url, "/Account/ResetPassword", new { user = account.Id, code = token }, account.Language)]));
                await mail.SendAsync(message, cancellationToken);
                await audit.RecordAsync(AuditEventKind.PasswordResetRequested, account.Email!, cancellationToken: cancellationToken);
            }
            catch (MailDeliveryException)
            {
                // Saying so would tell that the address has an account; the person can ask again later.
            }
        }

        Sent = true;
        return Page();
    }
}
