using System.Text;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CseaHub.Web.Pages.Account;

/// <summary>The link from the confirmation e-mail; a wrong or used link says so and changes nothing.</summary>
public sealed class ConfirmEmailModel(UserManager<HubUser> users, AuditLog audit) : AccountPageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? user, string? code)
    {
        if (!AccountInput.IsClean(user, AccountInput.MaxEmailLength) || !AccountInput.IsClean(code, 2000)
            || await users.FindByIdAsync(user) is not { } account)
        {
            return Invalid();
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return Invalid();
        }

        Confirmed = (await users.ConfirmEmailAsync(account, token)).Succeeded;
        if (!Confirmed)
        {
            return Invalid();
        }

        await audit.RecordAsync(AuditEventKind.EmailConfirmed, account.Email!);
        return Page();
    }
}
