using CseaHub.Web.Data;
using CseaHub.Web.Domain.About;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.About;

/// <summary>What the hub is, who funds it and the funding disclaimer, all read from data.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public AboutPage? About { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        About = await db.AboutPages.AsNoTracking().Include(a => a.FundingProjects).SingleOrDefaultAsync(cancellationToken);
}
