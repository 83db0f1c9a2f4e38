using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Pages.Admin.Content;

/// <summary>What became of a back-office step.</summary>
public abstract record EditorialResult
{
    public sealed record Done(string File) : EditorialResult;

    /// <summary>The workflow does not allow the step (wrong role, wrong state, one's own change).</summary>
    public sealed record Refused(WorkflowRefusal Reason) : EditorialResult;

    /// <summary>The content has errors; nothing was saved.</summary>
    public sealed record Invalid(IReadOnlyList<DatasetError> Errors) : EditorialResult;

    /// <summary>
    /// Someone else saved the file since the form was opened: nothing was overwritten. <paramref name="CurrentJson"/>
    /// is what is saved now and <paramref name="Token"/> lets the editor save again on top of it, knowingly.
    /// </summary>
    public sealed record Conflict(string CurrentJson, string Token, string? By, DateTime? AtUtc) : EditorialResult;
}
