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
/// Self-registration as a professional. The account sees only public content until an administrator approves it;
/// the page answers the same way whether the address is new or already registered.
/// </summary>
[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class RegisterModel(
    UserManager<HubUser> users, IEmailSender mail, AuditLog audit, PublicLinks links, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : AccountPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Left empty by people; bots fill every field.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? string.Empty;
        var organisation = Organisation?.Trim() ?? string.Empty;
        if (!string.IsNullOrEmpty(Website))
        {
            Sent = true;
            return Page();
        }

        if (!AccountInput.IsEmail(email))
        {
            Errors["email"] = text["AccountEmailInvalid"];
        }

        if (!AccountInput.IsClean(organisation, AccountInput.MaxOrganisationLength))
        {
            Errors["organisation"] = text["AccountOrganisationMissing"];
        }

        if (Password != ConfirmPassword)
        {
            Errors["confirmpassword"] = text["AccountPasswordsDiffer"];
        }

        var user = new HubUser
        {
            UserName = email,
            Email = email,
            OrganisationName = organisation,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Language = HubCulture.CurrentLanguage,
        };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, Password ?? string.Empty);
            if (!result.Succeeded)
            {
                Errors["password"] = text["AccountPasswordRules"];
            }
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // The answer must not differ from a new registration's, even when this e-mail cannot go out.
            try
            {
                await mail.SendAsync(new EmailMessage(email, text["MailAlreadyRegisteredSubject"], text["MailAlreadyRegisteredBody", links.Page(Url, "/Account/SignIn")]), cancellationToken);
            }
            catch (MailDeliveryException)
            {
                // Nothing to tell: the owner of the address learns nothing new by not receiving this reminder.
            }

            await audit.RecordAsync(AuditEventKind.Registered, existing.Email!, detail: "again, with an address already registered", cancellationToken: cancellationToken);
            Sent = true;
            return Page();
        }

        var created = await users.CreateAsync(user, Password!);
        if (!created.Succeeded)
        {
            Errors["email"] = text["AccountEmailInvalid"];
            return Invalid();
        }

        var token = AccountInput.LinkToken(await users.GenerateEmailConfirmationTokenAsync(user));
        try
        {
            var link = links.Page(Url, "/Account/ConfirmEmail", new { user = user.Id, code = token });
            await mail.SendAsync(new EmailMessage(email, text["MailConfirmSubject"], text["MailConfirmBody", link]), cancellationToken);
        }
        catch (MailDeliveryException)
        {
            // Without the e-mail the account could never be confirmed: keep nothing and say to try later.
            await users.DeleteAsync(user);
            Errors["email"] = text["AccountMailFailed"];
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        await audit.RecordAsync(AuditEventKind.Registered, email, detail: organisation, cancellationToken: cancellationToken);
        Sent = true;
        return Page();
    }

}
