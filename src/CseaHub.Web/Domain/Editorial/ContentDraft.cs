namespace CseaHub.Web.Domain.Editorial;

/// <summary>Where a draft stands: being written, or waiting for a reviewer.</summary>
public enum DraftState
{
    Draft,
    InReview,
}

/// <summary>
/// The next version of one dataset file (an organisation, an instrument, a taxonomy list, …), kept apart from the
/// published content so the published version stays live while this one is written and reviewed. At most one per file.
/// </summary>
public sealed class ContentDraft
{
    public int Id { get; set; }

    /// <summary>The dataset file the draft replaces or creates, e.g. <c>organisations/coe.json</c>.</summary>
    public string File { get; set; } = string.Empty;

    public DraftState State { get; set; }

    /// <summary>The file's content as the dataset format has it (indented JSON).</summary>
    public string Json { get; set; } = string.Empty;

    /// <summary>Goes up with every save; a save based on an older version is refused rather than overwriting.</summary>
    public int Version { get; set; }

    /// <summary>The first revision of this draft: whoever saved from there on may not publish it.</summary>
    public int FirstRevision { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>The reviewer's reason when the draft was sent back.</summary>
    public string? ReviewComment { get; set; }
}
