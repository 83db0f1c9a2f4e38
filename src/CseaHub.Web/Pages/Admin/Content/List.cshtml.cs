using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>The files of one kind, filtered by a few letters of their file name or English title.</summary>
public sealed class ListModel(HubDbContext db) : PageModel
{
    /// <summary>A kind can hold 100,000 documents: the page lists this many and asks for a filter.</summary>
    public const int Shown = 200;

    public DatasetFileKind Kind { get; private set; } = null!;

    public string? Query { get; private set; }

    public IReadOnlyList<DatasetFileEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? kind, string? q, CancellationToken cancellationToken)
    {
        if (kind is null || DatasetFiles.Named(kind) is not { } named)
        {
            return NotFound();
        }

        Kind = named;
        Query = AccountInput.IsClean(q, 200) && !string.IsNullOrWhiteSpace(q) ? q.Trim() : null;
        var entries = await named.ListAsync(db, cancellationToken);
        var matching = Query is null ? entries
            : [.. entries.Where(e => e.File.Contains(Query, StringComparison.OrdinalIgnoreCase) || e.Title.Contains(Query, StringComparison.OrdinalIgnoreCase))];
        Total = matching.Count;
        Entries = [.. matching.Take(Shown)];
        CanCreate = named.HasStatus && EditorialActors.For(User, named).CanEdit;
        return Page();
    }
}
