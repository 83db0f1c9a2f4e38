using System.Security.Cryptography;
using System.Text;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>
/// A file as the back office sees it: the published content (if any), the draft (if any) and its history.
/// </summary>
public sealed record EditorState(
    DatasetFileKind Kind, string File, string? PublishedJson, ContentDraft? Draft, IReadOnlyList<ContentRevision> Revisions)
{
    /// <summary>What an editor starts from: the draft when there is one, else the published content.</summary>
    public string? CurrentJson => Draft?.Json ?? PublishedJson;

    public bool Exists => CurrentJson is not null;

    /// <summary>
    /// Names the version a form was built from. A step posted with another token was based on content someone has
    /// changed since, and is refused rather than applied on top of it.
    /// </summary>
    public string Token => Draft is { } draft
        ? FormattableString.Invariant($"d{draft.Id}.{draft.Version}")
        : "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PublishedJson ?? string.Empty)))[..16];

    /// <summary>The draft's revisions: whoever wrote one of them may not publish the draft.</summary>
    public IEnumerable<ContentRevision> DraftRevisions =>
        Draft is { } draft ? Revisions.Where(r => r.Number >= draft.FirstRevision) : [];
}
