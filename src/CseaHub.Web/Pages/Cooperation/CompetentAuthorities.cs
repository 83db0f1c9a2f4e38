using CseaHub.Web.Data;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Library;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Cooperation;

public sealed record AuthorityDetailView(AuthorityDetailKind Kind, string Value, string SourceKey, DateOnly AsOf);

public sealed record AuthorityView(
    string Slug,
    InstrumentRef Instrument,
    AuthorityRole Role,
    IReadOnlyList<string> Articles,
    LocalisedText Name,
    IReadOnlyList<AuthorityDetailView> Details,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn);

/// <summary>
/// Reads the authorities states designated under the instruments, as the viewer may see them: whole records and single
/// details (a 24/7 desk's phone) can be for vetted professionals only, and so can the sources behind them.
/// </summary>
public sealed class CompetentAuthorities(HubDbContext db)
{
    public async Task<IReadOnlyList<AuthorityView>> ForCountryAsync(
        string countryCode, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        var rows = await db.CompetentAuthorities.VisibleTo(viewer).AsNoTracking()
            .Where(a => a.Country.Code == countryCode && instruments.Any(i => i.Id == a.InstrumentId))
            .Select(a => new
            {
                a.Slug,
                Instrument = new InstrumentRef(a.Instrument.Slug, a.Instrument.ShortName, a.Instrument.Reference),
                a.Role,
                a.Articles,
                a.Name,
                Details = a.Details.OrderBy(d => d.Position).ToList(),
                a.Sources,
                a.Gaps,
                a.ReviewedOn,
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderByName(a => a.Instrument.ShortName, language).ThenBy(a => a.Role).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .Select(a =>
            {
                var hidden = PublicationRules.SourcesHiddenFrom(viewer, a.Details.Select(d => (d.SourceKey, d.Visibility)));
                return new AuthorityView(
                    a.Slug,
                    a.Instrument,
                    a.Role,
                    a.Articles,
                    a.Name,
                    [.. a.Details.VisibleTo(viewer).Select(d => new AuthorityDetailView(d.Kind, d.Value, d.SourceKey, d.AsOf))],
                    [.. a.Sources.Where(s => !hidden.Contains(s.Key))],
                    a.Gaps.GapsVisibleTo(viewer),
                    a.ReviewedOn);
            })];
    }
}
