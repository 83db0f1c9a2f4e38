namespace CseaHub.Web.Domain.Editorial;

/// <summary>Who is reading: decides which content is visible. Anonymous readers see published, public content.</summary>
public sealed record Viewer(bool IsVettedProfessional)
{
    public static Viewer Anonymous { get; } = new(false);
}
