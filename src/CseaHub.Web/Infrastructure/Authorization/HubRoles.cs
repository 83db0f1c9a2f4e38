namespace CseaHub.Web.Infrastructure.Authorization;

/// <summary>The hub's roles. Anonymous visitors are Readers and need no role.</summary>
public static class HubRoles
{
    public const string Professional = "Professional";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Administrator = "Administrator";

    /// <summary>Every role; each is given only to vetted people, so any of them may read professionals-only content.</summary>
    public static IReadOnlyList<string> All { get; } = [Professional, Editor, Reviewer, Administrator];

    /// <summary>Roles that work in the back office and must sign in with a second factor.</summary>
    public static IReadOnlyList<string> StaffRoles { get; } = [Editor, Reviewer, Administrator];
}
