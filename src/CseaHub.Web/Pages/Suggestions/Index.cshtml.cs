using CseaHub.Web.Data;
using CseaHub.Web.Data.Configurations;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Suggestions;

/// <summary>
/// Anyone may propose an organisation or report outdated information. No captcha (the hub calls no third party): a
/// honeypot field and the per-address rate limit keep robots out; what arrives waits for the editors.
/// </summary>
[EnableRateLimiting(HubRateLimits.Accounts)]
public sealed class IndexModel(HubDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? About { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>Left empty by people; robots fill every field.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public bool Sent { get; private set; }

    /// <summary>A page of this site only: the field is prefilled from links on the hub's pages.</summary>
    public string? AboutPath => About is { Length: > 0 and <= 2000 } about && Url.IsLocalUrl(about) ? about : null;

    public void OnGet()
    {
        Kind ??= AboutPath is null ? nameof(SuggestionKind.NewOrganisation) : nameof(SuggestionKind.OutdatedInformation);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            Sent = true;
            return Page();
        }

        if (!Enum.TryParse<SuggestionKind>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            Errors["kind"] = text["SuggestKindMissing"];
        }

        var message = Message?.Trim() ?? string.Empty;
        // Line breaks are the only control characters a message may hold: nothing else reaches the database.
        if (message.Length is < 10 or > SuggestionConfiguration.MessageLength
            || !AccountInput.IsClean(message.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' '), SuggestionConfiguration.MessageLength))
        {
            Errors["message"] = text["SuggestMessageLength", SuggestionConfiguration.MessageLength];
        }

        var email = Email?.Trim();
        if (!string.IsNullOrEmpty(email) && !AccountInput.IsEmail(email))
        {
            Errors["email"] = text["AccountEmailInvalid"];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.Suggestions.Add(new Suggestion
        {
            Kind = kind,
            About = AboutPath,
            Message = message,
            ContactEmail = string.IsNullOrEmpty(email) ? null : email,
            SubmittedUtc = clock.GetUtcNow().UtcDateTime,
            Status = SuggestionStatus.New,
        });
        await db.SaveChangesAsync(cancellationToken);
        Sent = true;
        return Page();
    }
}
