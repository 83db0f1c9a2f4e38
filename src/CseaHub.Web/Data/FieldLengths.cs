namespace CseaHub.Web.Data;

/// <summary>
/// Column sizes, shared by the EF configurations and the dataset validator: SQLite ignores them, PostgreSQL enforces
/// them, so the validator checks them up front and both providers accept exactly the same dataset.
/// </summary>
public static class FieldLengths
{
    public const int Slug = 120;
    public const int Key = 80;
    public const int Name = 300;
    public const int Summary = 1000;
    public const int Acronym = 40;
    public const int Label = 200;
    public const int Title = 400;
    public const int Publisher = 200;
    public const int Url = 2000;
    public const int Street = 300;
    public const int PostalCode = 40;
    public const int Locality = 200;
    public const int Phone = 20;
    public const int Email = 320;
    public const int Language = 8;
    public const int Hash = 64;
    public const int Enum = 16;
    public const int ArticleNumber = 16;
}
