using CseaHub.Web.Data.DatasetLoader;

namespace CseaHub.Web.Exchange;

/// <summary>A dataset file read for import: where it belongs in the dataset, its kind and content, and where it came from.</summary>
public sealed record ImportedFile(string File, DatasetFileKind Kind, object Content, string Source);
