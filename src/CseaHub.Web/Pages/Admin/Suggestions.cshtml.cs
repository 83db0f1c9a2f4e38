using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages.Admin;

/// <summary>The moderation queue: readers' suggestions, new ones first, each marked handled or dismissed by a member of staff.</summary>
public sealed class SuggestionsModel(HubDbContext db, TimeProvider clock) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Suggestions = await db.Suggestions.AsNoTracking()
            .OrderBy(s => s.Status == SuggestionStatus.New ? 0 : 1).ThenByDescending(s => s.SubmittedUtc)
            .Take(Shown).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int id, SuggestionStatus status, CancellationToken cancellationToken)
    {
        if (await db.Suggestions.FindAsync([id], cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        // The page offers the decided statuses only: a status it does not offer (or none it can read) was not sent by it.
        if (!ModelState.IsValid || status == SuggestionStatus.New || !Enum.IsDefined(status))
        {
            return BadRequest();
        }

        suggestion.Status = status;
        suggestion.DecidedBy = User.Identity!.Name;
        suggestion.DecidedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }
}
