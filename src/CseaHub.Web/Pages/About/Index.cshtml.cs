using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.About;

/// <summary>What the hub is, who funds it and the funding disclaimer, all read from data.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public sealed record Project(LocalisedText Name, LocalisedText Programme, DateOnly? Starts, DateOnly? Ends, Uri? Url);

    public sealed record AboutView(
        LocalisedText Introduction,
        LocalisedText FundingDisclaimer,
        IReadOnlyList<Project> FundingProjects,
        IReadOnlyList<SourceReference> Sources,
        DateOnly ReviewedOn);

    public AboutView? About { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        About = await db.AboutPages.AsNoTracking()
            .Select(a => new AboutView(
                a.Introduction,
                a.FundingDisclaimer,
                a.FundingProjects.OrderBy(p => p.Position).Select(p => new Project(p.Name, p.Programme, p.Starts, p.Ends, p.Url)).ToList(),
                a.Sources.ToList(),
                a.ReviewedOn))
            .SingleOrDefaultAsync(cancellationToken);
}
