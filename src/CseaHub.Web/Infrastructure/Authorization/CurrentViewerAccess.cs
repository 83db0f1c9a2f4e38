using System.Security.Claims;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Infrastructure.Authorization;

public static class CurrentViewerAccess
{
    public static Viewer ToViewer(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && HubRoles.All.Any(user.IsInRole)
            ? new Viewer(IsVettedProfessional: true)
            : Viewer.Anonymous;

    public static Viewer CurrentViewer(this HttpContext context) => context.User.ToViewer();
}
