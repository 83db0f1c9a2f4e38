namespace CseaHub.Web.Domain.Editorial;

/// <summary>Where a fact comes from and the date it was last checked against that source.</summary>
public sealed record Provenance(string SourceKey, DateOnly AsOf);
