using Microsoft.AspNetCore.Mvc;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Absolute links for e-mails. With <c>Hub:PublicBaseUrl</c> set (production), links start with it whatever Host
/// header a request carried, so nobody can have the hub mail a confirmation link that points at their own server.
/// Without it (development, tests) they follow the request.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    private readonly Uri? _base = Uri.TryCreate(configuration["Hub:PublicBaseUrl"]?.TrimEnd('/') + "/", UriKind.Absolute, out var configured)
        && configured.Scheme is "https" or "http" ? configured : null;

    /// <param name="url">The request's URL helper.</param>
    /// <param name="page">The Razor page.</param>
    /// <param name="values">Its route and query values.</param>
    /// <param name="language">The reader's language when it is not the request's (a decision mailed to the person it concerns).</param>
    public string Page(IUrlHelper url, string page, object? values = null, string? language = null)
    {
        var path = url.Page(page, values)!;
        if (language is not null)
        {
            path = HubCulture.PathInLanguage(path, language);
        }

        var request = url.ActionContext.HttpContext.Request;
        var root = _base ?? new Uri($"{request.Scheme}://{request.Host}/");
        return new Uri(root, path.TrimStart('/')).ToString();
    }
}
