using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Instruments;

/// <summary>The legal instruments, grouped by kind, with the number of states bound by each.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record Item(
        string Slug, LocalisedText Title, LocalisedText ShortName, string? Reference, InstrumentKind Kind, bool HasPartyData, int Ratified,
        DateOnly? EntryIntoForce);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await db.Instruments.VisibleTo(HttpContext.CurrentViewer()).AsNoTracking()
            .Select(i => new Item(
                i.Slug, i.Title, i.ShortName, i.Reference, i.Kind,
                i.Parties.Any(),
                i.Parties.Count(p => p.Status == PartyStatus.Ratified),
                i.EntryIntoForce == null ? null : i.EntryIntoForce.Date))
            .ToListAsync(cancellationToken);
        var language = HubCulture.CurrentLanguage;
        Items = [.. items.OrderBy(i => i.Kind).ThenBy(i => TextKey.Of(i.ShortName.In(language).Text), StringComparer.Ordinal)];
    }
}
