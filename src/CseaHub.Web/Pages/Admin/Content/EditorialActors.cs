using System.Security.Claims;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>
/// What a signed-in member of staff may do with a kind of file: editors and reviewers write content, reviewers
/// publish it; taxonomies, countries and the About page are administrators' (and another administrator publishes).
/// </summary>
public static class EditorialActors
{
    public static EditorialActor For(ClaimsPrincipal user, DatasetFileKind kind)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var email = user.Identity?.Name ?? string.Empty;
        return kind.Administrative
            ? new EditorialActor(id, email, CanEdit: user.IsInRole(HubRoles.Administrator), CanReview: user.IsInRole(HubRoles.Administrator))
            : new EditorialActor(
                id, email,
                CanEdit: user.IsInRole(HubRoles.Editor) || user.IsInRole(HubRoles.Reviewer),
                CanReview: user.IsInRole(HubRoles.Reviewer));
    }
}
