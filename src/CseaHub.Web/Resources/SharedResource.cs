namespace CseaHub.Web.Resources;

/// <summary>Marker for the hub's UI strings: <c>SharedResource.resx</c> (English) and <c>SharedResource.fr.resx</c>.</summary>
public sealed class SharedResource;
