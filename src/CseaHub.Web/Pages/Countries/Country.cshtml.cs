using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Countries;

/// <summary>Where a country stands: its status for every instrument, and the organisations based or active there.</summary>
public sealed class CountryModel(HubDbContext db) : PageModel
{
    /// <summary>A country's row for one instrument; <see cref="HasPartyData"/> is false when the hub holds no state data for it.</summary>
    public sealed record InstrumentStatus(
        string Slug, LocalisedText ShortName, string? Reference, bool HasPartyData, PartyStatus? Status, DateOnly? Signature,
        DateOnly? Ratification, bool Accession, DateOnly? EntryIntoForce);

    public sealed record View(string Code, LocalisedText Name, DateOnly? CoeMemberSince, DateOnly? EuMemberSince, IReadOnlyList<string> Sources);

    public View Country { get; private set; } = null!;

    public IReadOnlyList<InstrumentStatus> Instruments { get; private set; } = [];

    public IReadOnlyList<OrganisationRef> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length != 2 || code.Any(c => !char.IsAsciiLetter(c)))
        {
            return NotFound();
        }

        var upper = code.ToUpperInvariant();
        if (code.Any(char.IsAsciiLetterUpper))
        {
            // One address per country: /countries/fr, never /countries/FR.
            return RedirectToPagePermanent("/Countries/Country", new { code = code.ToLowerInvariant() });
        }

        var country = await db.Countries.AsNoTracking().Where(c => c.Code == upper)
            .Select(c => new { c.Id, View = new View(c.Code, c.Name, c.CoeMemberSince, c.EuMemberSince, c.SourceUrls) })
            .SingleOrDefaultAsync(cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        var viewer = HttpContext.CurrentViewer();
        Country = country.View;
        var instruments = await db.Instruments.VisibleTo(viewer).AsNoTracking()
            .Select(i => new
            {
                i.Slug,
                i.ShortName,
                i.Reference,
                i.Kind,
                HasPartyData = i.Parties.Any(),
                Party = i.Parties.Where(p => p.CountryId == country.Id)
                    .Select(p => new { p.Status, p.Signature, p.Ratification, p.Accession, p.EntryIntoForce }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var language = HubCulture.CurrentLanguage;
        Instruments = [.. instruments
            .OrderBy(i => i.Kind).ThenBy(i => TextKey.Of(i.ShortName.In(language).Text), StringComparer.Ordinal)
            .Select(i => new InstrumentStatus(
                i.Slug, i.ShortName, i.Reference, i.HasPartyData, i.Party?.Status, i.Party?.Signature, i.Party?.Ratification,
                i.Party?.Accession ?? false, i.Party?.EntryIntoForce))];
        var organisations = await db.Organisations.VisibleTo(viewer).AsNoTracking()
            .Where(o => o.Countries.Any(c => c.Id == country.Id))
            .Select(o => new OrganisationRef(o.Slug, o.Name, o.Acronym))
            .ToListAsync(cancellationToken);
        Organisations = [.. organisations.OrderBy(o => TextKey.Of(o.Name.In(language).Text), StringComparer.Ordinal)];
        return Page();
    }
}
