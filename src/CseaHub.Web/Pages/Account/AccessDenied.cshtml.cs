using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Account;

/// <summary>Where a signed-in reader lands when a page is not for them; staff missing a second factor are told how to get in.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public bool NeedsSecondFactor { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        NeedsSecondFactor = User.IsStaff() && !User.SignedInWithSecondFactor();
    }
}
