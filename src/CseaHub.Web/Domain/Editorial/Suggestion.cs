namespace CseaHub.Web.Domain.Editorial;

public enum SuggestionKind
{
    NewOrganisation,
    OutdatedInformation,
    Other,
}

public enum SuggestionStatus
{
    New,
    Handled,
    Dismissed,
}

/// <summary>
/// A reader's proposal or correction. It waits in the editors' queue and never reaches the site by itself: an editor
/// makes the change, with its source, through the usual workflow.
/// </summary>
public sealed class Suggestion
{
    public int Id { get; set; }

    public SuggestionKind Kind { get; set; }

    /// <summary>The hub page it is about (a local path), when the reader came from one.</summary>
    public string? About { get; set; }

    public string Message { get; set; } = string.Empty;

    /// <summary>Where the editors may answer, if the reader wants an answer.</summary>
    public string? ContactEmail { get; set; }

    public DateTime SubmittedUtc { get; set; }

    public SuggestionStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }
}
