using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Countries;

/// <summary>Every country the hub knows: Council of Europe members and the other states party to an instrument.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record Item(string Code, LocalisedText Name, DateOnly? CoeMemberSince, DateOnly? EuMemberSince, int Ratified);

    public IReadOnlyList<Item> Members { get; private set; } = [];

    public IReadOnlyList<Item> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(HttpContext.CurrentViewer());
        var items = await db.Countries.AsNoTracking()
            .Select(c => new Item(
                c.Code, c.Name, c.CoeMemberSince, c.EuMemberSince,
                instruments.Count(i => i.Parties.Any(p => p.CountryId == c.Id && p.Status == PartyStatus.Ratified))))
            .ToListAsync(cancellationToken);
        var language = HubCulture.CurrentLanguage;
        var sorted = items.OrderBy(c => TextKey.Of(c.Name.In(language).Text), StringComparer.Ordinal).ToList();
        Members = [.. sorted.Where(c => c.CoeMemberSince is not null)];
        Others = [.. sorted.Where(c => c.CoeMemberSince is null)];
    }
}
