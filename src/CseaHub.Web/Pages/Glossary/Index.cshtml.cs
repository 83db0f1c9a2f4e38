using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Glossary;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Glossary;

/// <summary>The glossary: each concept's preferred, equivalent and discouraged terms in English and French, with sources.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var terms = await db.GlossaryTerms.VisibleTo(HttpContext.CurrentViewer()).AsNoTracking().ToListAsync(cancellationToken);
        Terms = [.. terms.OrderByName(t => t.Preferred, HubCulture.CurrentLanguage)];
    }
}
