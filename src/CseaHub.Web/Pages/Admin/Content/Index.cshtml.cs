using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Admin.Content;

public sealed record DraftRow(string File, DraftState State, string UpdatedBy, DateTime UpdatedUtc, string? ReviewComment);

/// <summary>The editorial desk: drafts waiting for review first, then drafts being written, and every kind of content.</summary>
public sealed class IndexModel(HubDbContext db) : PageModel
{
    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];

    public IReadOnlyList<DatasetFileKind> Kinds => DatasetFiles.Kinds;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Drafts = await db.ContentDrafts.AsNoTracking()
            .OrderBy(d => d.State == DraftState.InReview ? 0 : 1).ThenByDescending(d => d.UpdatedUtc)
            .Select(d => new DraftRow(d.File, d.State, d.UpdatedBy, d.UpdatedUtc, d.ReviewComment))
            .ToListAsync(cancellationToken);
}
