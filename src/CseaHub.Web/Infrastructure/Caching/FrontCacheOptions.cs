namespace CseaHub.Web.Infrastructure.Caching;

/// <summary>Settings of <see cref="FrontCache"/>: its size (<c>FrontCache:SizeLimitMiB</c>, 0 turns it off) and what marks a reader.</summary>
public sealed class FrontCacheOptions
{
    public const long DefaultSizeLimitMiB = 8;

    public long SizeLimit { get; set; } = DefaultSizeLimitMiB * 1024 * 1024;

    /// <summary>
    /// Request headers that may name a reader (the sign-in cookie, an API token): a request with any of them is never
    /// answered from the front, whatever it turns out to carry. An authentication scheme added later adds its header.
    /// </summary>
    public List<string> CredentialHeaders { get; } = ["Cookie", "Authorization"];
}
