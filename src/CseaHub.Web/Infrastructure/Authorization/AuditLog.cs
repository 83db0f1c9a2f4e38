using CseaHub.Web.Data;
using CseaHub.Web.Domain.Accounts;

namespace CseaHub.Web.Infrastructure.Authorization;

/// <summary>Writes security-relevant events; the caller's request gives the remote address when there is one.</summary>
public sealed class AuditLog(HubDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task RecordAsync(
        AuditEventKind kind, string subject, string? actor = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Kind = kind,
            Subject = Trim(subject, 320),
            Actor = actor,
            Detail = detail is null ? null : Trim(detail, 1000),
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    // A failed sign-in records what was typed: a hostile value must not break the log.
    private static string Trim(string value, int length) => value.Length <= length ? value : value[..length];
}
