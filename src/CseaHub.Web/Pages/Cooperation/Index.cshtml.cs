using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Cooperation;

/// <summary>The cooperation navigator: a GET form (shareable, works without JavaScript) and its answer.</summary>
public sealed class IndexModel(CooperationNavigator navigator, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "measure")]
    public string? Measure { get; set; }

    [FromQuery(Name = "emergency")]
    public string? Emergency { get; set; }

    [FromQuery(Name = "date")]
    public string? Date { get; set; }

    public NavigatorChoices Choices { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public CooperationAnswer? Answer { get; private set; }

    public RouteText Text { get; private set; } = null!;

    public bool IsEmergency => Answer?.Emergency ?? NavigatorQuery.IsSet(Emergency);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var language = HubCulture.CurrentLanguage;
        Choices = await navigator.ChoicesAsync(language, cancellationToken);
        Text = new RouteText(text, Choices.States, language);
        if (new[] { From, To, Measure, Emergency, Date }.All(string.IsNullOrEmpty))
        {
            return Page();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (query, errors) = NavigatorQuery.Parse(From, To, Measure, Emergency, Date, Choices, today, text);
        Errors = errors;
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Answer = await navigator.AnswerAsync(query, Choices, HttpContext.CurrentViewer(), language, cancellationToken);
        return Page();
    }
}
