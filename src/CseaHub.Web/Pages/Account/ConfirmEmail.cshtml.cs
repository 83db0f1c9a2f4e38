using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CseaHub.Web.Pages.Account;

/// <summary>
/// The link from the confirmation e-mail opens a page with a button; the address is confirmed when the person presses
/// it (a POST), never by merely opening the link, which mail scanners and link previews do on their own. A wrong or
/// used link says so and changes nothing.
/// </summary>
public sealed class ConfirmEmailModel(UserManager<HubUser> users, AuditLog audit) : AccountPageModel
{
    public bool Confirmed { get; private set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await FindAsync() is null ? Invalid() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } account || AccountInput.ReadLinkToken(Code) is not { } token)
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

    private async Task<HubUser?> FindAsync() =>
        AccountInput.IsClean(UserId, AccountInput.MaxEmailLength) && AccountInput.ReadLinkToken(Code) is not null
            ? await users.FindByIdAsync(UserId)
            : null;
}
