using CseaHub.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Absolute links for e-mails. With <c>Hub:PublicBaseUrl</c> set (production), links start with it whatever Host
/// header a request carried, so nobody can have the hub mail a confirmation or password link that points at their own
/// server. Without it, only a request to the machine itself (localhost, a loopback address: development) may name the
/// host; any other refuses to make a link, and the mail is reported as not sent.
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
        var root = _base ?? (IsLoopback(request.Host.Host) ? new Uri($"{request.Scheme}://{request.Host}/")
            : throw new MailDeliveryException(
                "Hub:PublicBaseUrl is not set: the hub does not put a host named by a request into an e-mail.",
                new InvalidOperationException($"Request host {request.Host.Host}")));
        return Joined(root, path).ToString();
    }

    /// <summary>
    /// The absolute address of a local path (<c>/fr/organisations/europol</c>) for machines: canonical and alternate
    /// links, sitemaps, feeds, linked data. The configured public base when there is one, else the request's own host
    /// (the output cache keys its entries by host, so one host's links are never served to another).
    /// </summary>
    public Uri Absolute(HttpRequest request, string localPath) =>
        Joined(_base ?? new Uri($"{request.Scheme}://{request.Host}/"), localPath);

    /// <summary>The absolute address of a hub page, from its English path, in <paramref name="language"/>.</summary>
    public Uri Page(HttpRequest request, string englishPath, string language) =>
        Absolute(request, HubCulture.PathInLanguage(englishPath, language));

    /// <summary>
    /// The path joined to the root as text, not resolved against it: resolved, a path such as <c>/c:x</c> or <c>/a:b</c>
    /// (anyone can request one) reads as a URI or a DOS path of its own and throws.
    /// </summary>
    private static Uri Joined(Uri root, string localPath) => new(root.AbsoluteUri + localPath.TrimStart('/'));

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
}
