using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CseaHub.Tests;
using MimeKit;

namespace CseaHub.IntegrationTests.Accounts;

/// <summary>
/// A browser-like visitor: keeps cookies, follows no redirect by itself, posts forms with their token, and comes from
/// an address of its own (for the per-address rate limits).
/// </summary>
internal sealed partial class AccountClient
{
    public AccountClient(HttpClient client, string? address = null)
    {
        Http = client;
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, address ?? TestRemoteAddress.NewAddress());
    }

    public HttpClient Http { get; }

    /// <summary>The page whatever its status (a refused form comes back as 400 with its errors).</summary>
    public async Task<IHtmlDocument> GetDocumentAsync(string url) => await (await Http.GetAsync(url)).ReadDocumentAsync();

    /// <summary>
    /// Reads the form on <paramref name="page"/> (the first whose action holds every <c>&amp;</c>-separated part of
    /// <paramref name="action"/>, if given) and posts it with <paramref name="fields"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var document = await GetDocumentAsync(page);
        var form = document.QuerySelectorAll("main form[method='post']")
            .FirstOrDefault(f => action is null || action.Split('&').All(part => (f.GetAttribute("action") ?? page).Contains(part, StringComparison.Ordinal)))
            ?? throw new InvalidOperationException($"No form on {page}.");
        var values = form.QuerySelectorAll("input[type='hidden'], input[type='radio'][checked]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await Http.PostAsync(form.GetAttribute("action") is { Length: > 0 } target ? target : page, new FormUrlEncodedContent(values));
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    public static string Location(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            ? response.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");

    /// <summary>The newest message sent to <paramref name="to"/> through the file drop.</summary>
    public static MimeMessage LastMailTo(string dataDirectory, string to)
    {
        var folder = Path.Combine(dataDirectory, "mail");
        return Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Reverse()
            .Select(file => MimeMessage.Load(file))
            .First(message => message.To.Mailboxes.Any(m => m.Address == to));
    }

    /// <summary>The six-digit code in the last e-mail to <paramref name="to"/>.</summary>
    public static string MailedCode(string dataDirectory, string to) =>
        SixDigits().Match(LastMailTo(dataDirectory, to).TextBody ?? string.Empty).Value;

    public static string FirstLink(MimeMessage message) => Link().Match(message.TextBody ?? string.Empty).Value.TrimEnd('.');

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
