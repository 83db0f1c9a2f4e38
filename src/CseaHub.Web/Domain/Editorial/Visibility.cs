namespace CseaHub.Web.Domain.Editorial;

public enum Visibility
{
    Public,

    /// <summary>For vetted professionals only; never shown to anonymous readers or unvetted accounts.</summary>
    Professionals,
}
