using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages;

/// <summary>The home page: one click to the right place — search, the directory by audience, the latest updates.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    private const int LatestCount = 6;

    public sealed record AudienceEntry(string Key, LocalisedText Label, int Count);

    public sealed record Update(string Slug, LocalisedText Name, DateTime UpdatedUtc);

    public IReadOnlyList<AudienceEntry> Audiences { get; private set; } = [];

    public IReadOnlyList<Update> LatestUpdates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var visible = db.Organisations.VisibleTo(HttpContext.CurrentViewer());
        Audiences = await db.Audiences
            .Where(a => visible.Any(o => o.Audiences.Any(x => x.Id == a.Id)))
            .OrderBy(a => a.Position)
            .Select(a => new AudienceEntry(a.Key, a.Label, visible.Count(o => o.Audiences.Any(x => x.Id == a.Id))))
            .ToListAsync(cancellationToken);
        LatestUpdates = await visible.OrderByDescending(o => o.PublicUpdatedUtc).ThenBy(o => o.Slug)
            .Take(LatestCount)
            .Select(o => new Update(o.Slug, o.Name, o.PublicUpdatedUtc))
            .ToListAsync(cancellationToken);
    }
}
