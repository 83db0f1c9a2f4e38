using CseaHub.Web.Data;
using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Admin;

/// <summary>The audit log, newest first, optionally for one account (its e-mail, exactly).</summary>
public sealed class AuditModel(HubDbContext db) : PageModel
{
    public const int Shown = 200;

    [FromQuery(Name = "subject")]
    public string? Subject { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Subject))
        {
            var subject = Subject.Trim();
            if (!AccountInput.IsClean(subject, FieldLengths.Email))
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            events = events.Where(e => e.Subject == subject || e.Actor == subject);
        }

        Events = await events.OrderByDescending(e => e.Id).Take(Shown).ToListAsync(cancellationToken);
    }
}
