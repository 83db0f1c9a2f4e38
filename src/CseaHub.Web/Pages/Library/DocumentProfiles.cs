using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using CseaHub.Web.Pages.Monitoring;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Library;

public sealed record DocumentProfile(
    string Slug,
    LocalisedText Title,
    DocumentKind Kind,
    OrganisationRef? IssuedBy,
    PartialDate Issued,
    IReadOnlyList<string> Languages,
    LocalisedText Summary,
    Uri? Url,
    IReadOnlyList<InstrumentRef> Instruments,
    IReadOnlyList<ArticleRef> Articles,
    IReadOnlyList<CountryRef> Countries,
    IReadOnlyList<TermRef> Topics,
    IReadOnlyList<TermRef> Audiences,
    RoundRef? MonitoringRound,
    IReadOnlyList<FindingRef> Findings,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Gaps,
    DateOnly ReviewedOn);

/// <summary>
/// Reads one document as the viewer may see it, for its page and the API: links to instruments, rounds and the issuing
/// body only when the viewer may see them; editors' gap notes only for vetted readers.
/// </summary>
public sealed class DocumentProfiles(HubDbContext db)
{
    public async Task<DocumentProfile?> FindAsync(string slug, Viewer viewer, string language, CancellationToken cancellationToken)
    {
        var instruments = db.Instruments.VisibleTo(viewer);
        var rounds = MonitoringRounds.Visible(db, viewer);
        var row = await db.Documents.VisibleTo(viewer).AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new
            {
                d.Id,
                d.Slug,
                d.Title,
                d.Kind,
                d.IssuedById,
                d.Issued,
                d.Languages,
                d.Summary,
                d.Url,
                Instruments = d.Instruments.AsQueryable().Where(PublicationRules.IsVisibleTo<Instrument>(viewer))
                    .Select(i => new InstrumentRef(i.Slug, i.ShortName, i.Reference)).ToList(),
                Articles = d.Articles.Where(a => instruments.Any(i => i.Id == a.InstrumentId)).OrderBy(a => a.Id)
                    .Select(a => new { a.InstrumentId, a.Instrument.Slug, a.Instrument.ShortName, a.Number }).ToList(),
                Countries = d.Countries.Select(c => new CountryRef(c.Code, c.Name)).ToList(),
                Topics = d.Topics.OrderBy(t => t.Position).Select(t => new TermRef(t.Key, t.Label)).ToList(),
                Audiences = d.Audiences.OrderBy(t => t.Position).Select(t => new TermRef(t.Key, t.Label)).ToList(),
                Round = rounds.Where(r => r.Id == d.MonitoringRoundId)
                    .Select(r => new RoundRef(r.Instrument.Slug, r.Instrument.ShortName, r.Number, r.Theme)).FirstOrDefault(),
                d.Sources,
                d.Gaps,
                d.ReviewedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var instrumentIds = row.Articles.Select(a => a.InstrumentId).Distinct().ToList();
        var articleTitles = (await db.Set<Article>().AsNoTracking()
                .Where(a => instrumentIds.Contains(a.InstrumentId))
                .Select(a => new { a.InstrumentId, a.Number, a.Title })
                .ToListAsync(cancellationToken))
            .ToDictionary(a => (a.InstrumentId, a.Number), a => a.Title);
        var findings = await MonitoringRounds.FindingRefsAsync(db, viewer, f => f.DocumentId == row.Id, cancellationToken);
        return new DocumentProfile(
            row.Slug,
            row.Title,
            row.Kind,
            await OrganisationRef.ByIdAsync(db, viewer, row.IssuedById, cancellationToken),
            row.Issued,
            row.Languages,
            row.Summary,
            row.Url,
            [.. row.Instruments.OrderByName(i => i.ShortName, language)],
            [.. row.Articles.Select(a => new ArticleRef(a.Slug, a.ShortName, a.Number, articleTitles.GetValueOrDefault((a.InstrumentId, a.Number))))],
            [.. row.Countries.OrderByName(c => c.Name, language)],
            row.Topics,
            row.Audiences,
            row.Round,
            findings,
            row.Sources,
            row.Gaps.GapsVisibleTo(viewer),
            row.ReviewedOn);
    }
}
