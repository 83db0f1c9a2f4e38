namespace CseaHub.Web.Domain.Editorial;

/// <summary>What a revision records.</summary>
public enum RevisionAction
{
    Saved,
    Restored,
    Submitted,
    SentBack,
    Published,
    Archived,
    Discarded,
}

/// <summary>
/// One step in a file's history: who did what, when, and the content as it stood afterwards. Rows are only ever
/// added, so the history can show any two versions side by side and bring any of them back as a new draft.
/// </summary>
public sealed class ContentRevision
{
    public long Id { get; set; }

    public string File { get; set; } = string.Empty;

    /// <summary>1, 2, 3, … within the file.</summary>
    public int Number { get; set; }

    public RevisionAction Action { get; set; }

    public string Json { get; set; } = string.Empty;

    public string AuthorId { get; set; } = string.Empty;

    /// <summary>The author's e-mail as it was then.</summary>
    public string Author { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public string? Comment { get; set; }

    /// <summary>Changes to the content (saves, restores) as opposed to steps of the workflow.</summary>
    public bool ChangesContent => Action is RevisionAction.Saved or RevisionAction.Restored;
}
