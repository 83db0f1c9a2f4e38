using System.Security.Cryptography;
using System.Text;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>
/// A file as the back office sees it: the published content (if any), the draft (if any) and of its history what a
/// step of the workflow needs: how many revisions, the latest, and the current draft's. Not every revision: a file's
/// history grows with each save for as long as it lives, and each step would read all of it (the soak's writes slowed
/// as their ten files' histories grew). The draft's revisions come newest first: whoever wrote one of them may not
/// publish the draft.
/// </summary>
public sealed record EditorState(
    DatasetFileKind Kind,
    string File,
    string? PublishedJson,
    ContentDraft? Draft,
    int RevisionCount,
    ContentRevision? LatestRevision,
    IReadOnlyList<ContentRevision> DraftRevisions)
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
}

/// <summary>A line of a file's history: who did what when, without the content it left.</summary>
public sealed record RevisionEntry(int Number, RevisionAction Action, string Author, DateTime CreatedUtc, string? Comment);
