namespace CseaHub.Web.Pages.Admin.Content;

public enum FormNodeKind
{
    Text,
    Multiline,
    Lines,
    Number,
    Date,
    Check,
    Choice,
    Group,
    List,
}

/// <summary>
/// One field or group of the back office's record form (<c>_RecordField</c>), named by its path in the record
/// (<c>sections[0].title.en</c>): the same path names the input, its id and its errors.
/// </summary>
public sealed record FormNode(
    string Path,
    string Name,
    FormNodeKind Kind,
    string? Value = null,
    IReadOnlyList<FormNode>? Children = null,
    IReadOnlyList<string>? Choices = null,
    bool Markdown = false)
{
    public IReadOnlyList<FormNode> Items => Children ?? [];

    /// <summary>The id of the field's error message, when it has one.</summary>
    public string ErrorId => Path + "-error";
}

/// <summary>
/// A node of the form with the errors the last submission earned, for <c>_RecordField</c>; the root may carry a
/// <c>Label</c>, since a list file has no field name of its own.
/// </summary>
public sealed record RecordFieldView(FormNode Node, IReadOnlyDictionary<string, string> Errors, bool IsRoot = false, string? Label = null)
{
    public string? Error => Errors.TryGetValue(Node.Path, out var error) ? error : null;

    public string? ErrorOf(FormNode node) => Errors.TryGetValue(node.Path, out var error) ? error : null;

    /// <summary>The element's id: its path, except for the root, whose path is empty.</summary>
    public static string? IdOf(FormNode node) => node.Path.Length == 0 ? null : node.Path;

    public RecordFieldView For(FormNode child) => new(child, Errors);
}
