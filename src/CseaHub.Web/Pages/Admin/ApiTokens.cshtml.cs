using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin;

/// <summary>
/// A member of staff's API tokens, for programs that write content through /api/v1/content as them: made here (the
/// secret shown once), listed, revoked. Staff only, signed in with a second factor (the folder's policy).
/// </summary>
public sealed class ApiTokensModel(UserManager<HubUser> users, ApiTokens tokens, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The secret just made: on this answer only, never stored or shown again.</summary>
    public string? NewSecret { get; private set; }

    public string? Name { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public DateTime Now { get; } = DateTime.UtcNow;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { } user ? await ListAsync(user, cancellationToken) : Forbid();

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Forbid();
        }

        Name = name?.Trim();
        if (!ApiTokens.IsValidName(Name))
        {
            Errors["name"] = text["ApiTokenNameInvalid", ApiTokens.MaxNameLength];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListAsync(user, cancellationToken);
        }

        NewSecret = await tokens.CreateAsync(user, Name!, cancellationToken);
        return await ListAsync(user, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Forbid();
        }

        await tokens.RevokeAsync(user, id, cancellationToken);
        return RedirectToPage();
    }

    private async Task<IActionResult> ListAsync(HubUser user, CancellationToken cancellationToken)
    {
        Tokens = await tokens.OfAsync(user, cancellationToken);
        return Page();
    }
}
