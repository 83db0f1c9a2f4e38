using CseaHub.Web.Data;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Infrastructure.Mail;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin;

public sealed record AccountRow(
    string Id, string Email, string Organisation, DateTime CreatedUtc, bool EmailConfirmed, VettingStatus Vetting, bool TwoFactor,
    IReadOnlyList<string> Roles);

/// <summary>
/// Vetting and roles, for administrators: approve or refuse a registered professional (logged, and the person is told
/// by e-mail), and give or take staff roles. An administrator cannot take their own administrator role away.
/// </summary>
public sealed class UsersModel(
    HubDbContext db, UserManager<HubUser> users, AuditLog audit, IEmailSender mail, PublicLinks links, TimeProvider clock,
    IStringLocalizer<SharedResource> text)
    : PageModel
{
    /// <summary>Accounts waiting for vetting come first; beyond this many, the oldest decided ones are not listed.</summary>
    public const int Shown = 500;

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.Vetting == VettingStatus.Pending ? 0 : 1).ThenByDescending(u => u.CreatedUtc)
            .Take(Shown)
            .Select(u => new { u.Id, u.Email, u.UserName, u.OrganisationName, u.CreatedUtc, u.EmailConfirmed, u.Vetting, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = (await db.UserRoles.Where(r => ids.Contains(r.UserId))
                .Join(db.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        Accounts = [.. accounts.Select(a => new AccountRow(
            a.Id, a.Email ?? a.UserName!, a.OrganisationName, a.CreatedUtc, a.EmailConfirmed, a.Vetting, a.TwoFactorEnabled,
            [.. roles[a.Id].Order(StringComparer.Ordinal)]))];
    }

    public async Task<IActionResult> OnPostApproveAsync(string? id, CancellationToken cancellationToken) =>
        await DecideAsync(id, VettingStatus.Approved, cancellationToken);

    public async Task<IActionResult> OnPostRefuseAsync(string? id, CancellationToken cancellationToken) =>
        await DecideAsync(id, VettingStatus.Refused, cancellationToken);

    public async Task<IActionResult> OnPostRoleAsync(string? id, string? role, bool grant, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } account)
        {
            return NotFound();
        }

        // The page only offers the hub's roles: anything else was not sent by it.
        if (role is null || !HubRoles.All.Contains(role))
        {
            return BadRequest();
        }

        if (!grant && role == HubRoles.Administrator && users.GetUserId(User) == account.Id)
        {
            Message = text["AdminCannotDemoteSelf"];
            return RedirectToPage();
        }

        // Every role lets its holder read professionals-only content: only a vetted account may have one.
        if (grant && account.Vetting != VettingStatus.Approved)
        {
            Message = text["AdminApproveFirst", account.Email!];
            return RedirectToPage();
        }

        var done = await InOneTransactionAsync(
            async () => grant ? await users.AddToRoleAsync(account, role) : await users.RemoveFromRoleAsync(account, role),
            () => audit.RecordAsync(grant ? AuditEventKind.RoleAdded : AuditEventKind.RoleRemoved, account.Email!, User.Identity!.Name, role, cancellationToken),
            cancellationToken);
        Message = done ? text[grant ? "AdminRoleAdded" : "AdminRoleRemoved", text["Role." + role], account.Email!] : text["AdminChangeFailed", account.Email!];
        return RedirectToPage();
    }

    /// <summary>
    /// For someone who lost both their authenticator and their recovery codes: the second factor is removed and every
    /// session of the account ends; staff then enrol a new one at their next sign-in (with a code e-mailed to them).
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string? id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } account)
        {
            return NotFound();
        }

        var done = await InOneTransactionAsync(
            async () =>
            {
                var disabled = await users.SetTwoFactorEnabledAsync(account, false);
                return !disabled.Succeeded ? disabled : await users.ResetAuthenticatorKeyAsync(account);
            },
            () => audit.RecordAsync(AuditEventKind.TwoFactorReset, account.Email!, User.Identity!.Name, cancellationToken: cancellationToken),
            cancellationToken);
        Message = done ? text["AdminTwoFactorReset", account.Email!] : text["AdminChangeFailed", account.Email!];
        return RedirectToPage();
    }

    private async Task<IActionResult> DecideAsync(string? id, VettingStatus decision, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } account)
        {
            return NotFound();
        }

        var approved = decision == VettingStatus.Approved;
        if (!approved && users.GetUserId(User) == account.Id)
        {
            Message = text["AdminCannotRefuseSelf"];
            return RedirectToPage();
        }

        var done = await InOneTransactionAsync(
            async () =>
            {
                account.Vetting = decision;
                account.VettedUtc = clock.GetUtcNow().UtcDateTime;
                account.VettedBy = User.Identity!.Name;
                var updated = await users.UpdateAsync(account);
                var roles = await users.GetRolesAsync(account);
                // A refusal takes every role away (staff roles too): a refused account reads public content only.
                return !updated.Succeeded ? updated
                    : approved && !roles.Contains(HubRoles.Professional) ? await users.AddToRoleAsync(account, HubRoles.Professional)
                    : !approved && roles.Count > 0 ? await users.RemoveFromRolesAsync(account, roles)
                    : updated;
            },
            () => audit.RecordAsync(approved ? AuditEventKind.Approved : AuditEventKind.Refused, account.Email!, User.Identity!.Name, cancellationToken: cancellationToken),
            cancellationToken);
        if (!done)
        {
            Message = text["AdminChangeFailed", account.Email!];
            return RedirectToPage();
        }

        Message = text[approved ? "AdminApproved" : "AdminRefused", account.Email!];
        try
        {
            var decisionMail = HubCulture.In(account.Language, () => new EmailMessage(
                account.Email!,
                text[approved ? "MailApprovedSubject" : "MailRefusedSubject"],
                text[approved ? "MailApprovedBody" : "MailRefusedBody", links.Page(Url, "/Account/SignIn", language: account.Language)]));
            await mail.SendAsync(decisionMail, cancellationToken);
        }
        catch (MailDeliveryException)
        {
            Message += " " + text["AdminMailFailed", account.Email!];
        }

        return RedirectToPage();
    }

    /// <summary>An id from a form: anything that cannot be one finds nothing (and never reaches the database).</summary>
    private async Task<HubUser?> FindAsync(string? id) =>
        AccountInput.IsClean(id, AccountInput.MaxEmailLength) ? await users.FindByIdAsync(id) : null;

    /// <summary>
    /// The account change and its audit line commit together or not at all: a change Identity refuses (another
    /// administrator's decision saved in between) leaves nothing behind, and is reported.
    /// </summary>
    private async Task<bool> InOneTransactionAsync(
        Func<Task<IdentityResult>> change, Func<Task> record, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!(await change()).Succeeded)
        {
            return false;
        }

        await record();
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
