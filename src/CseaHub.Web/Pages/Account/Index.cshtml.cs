using CseaHub.Web.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CseaHub.Web.Pages.Account;

/// <summary>The reader's own account: vetting status, roles, second factor, and signing out everywhere.</summary>
[Authorize]
public sealed class IndexModel(UserManager<HubUser> users) : AccountPageModel
{
    public HubUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await CurrentUserAsync(users) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        Roles = await users.GetRolesAsync(user);
        return Page();
    }
}
