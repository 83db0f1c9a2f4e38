using AngleSharp.Html.Dom;
using CseaHub.IntegrationTests.Accounts;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>A member of staff in the back office: opens an edit page, changes fields of its form and posts it, as a browser would.</summary>
internal sealed class EditorClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<IHtmlDocument> OpenAsync(string url) => await (await Http.GetAsync(url)).ReadDocumentAsync();

    /// <summary>Every value the record form on <paramref name="url"/> would post, as it stands.</summary>
    public async Task<(string Action, Dictionary<string, string> Fields)> ReadFormAsync(string url) => FormOf(await OpenAsync(url));

    /// <summary>Every value the page's record form would post, as it stands.</summary>
    public static (string Action, Dictionary<string, string> Fields) FormOf(IHtmlDocument page)
    {
        var form = page.QuerySelector("form.record-form") as IHtmlFormElement
            ?? throw new InvalidOperationException("No record form on the page.");
        return (form.GetAttribute("action")!, ValuesOf(form));
    }

    /// <summary>What a browser would post from <paramref name="form"/> as it stands (checked boxes only; no buttons).</summary>
    public static Dictionary<string, string> ValuesOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked)
                    {
                        fields[box.Name!] = box.Value;
                    }

                    break;
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[area.Name!] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[select.Name!] = select.Value ?? string.Empty;
                    break;
            }
        }

        return fields;
    }

    /// <summary>Opens the form, applies <paramref name="change"/> and posts it.</summary>
    public async Task<HttpResponseMessage> SaveAsync(string url, Action<Dictionary<string, string>> change)
    {
        var (action, fields) = await ReadFormAsync(url);
        change(fields);
        return await PostAsync(action, fields);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, IReadOnlyDictionary<string, string> fields) =>
        await Http.PostAsync(action.Replace("&amp;", "&", StringComparison.Ordinal), new FormUrlEncodedContent(fields));

    /// <summary>Posts the workflow form for <paramref name="handler"/> (Submit, Publish, …) on the edit page, with its token.</summary>
    public async Task<HttpResponseMessage> StepAsync(string file, string handler, string? comment = null) =>
        await StepOnAsync(await OpenAsync(EditUrl(file)), handler, comment);

    public async Task<HttpResponseMessage> StepOnAsync(IHtmlDocument page, string handler, string? comment = null)
    {
        var form = page.QuerySelectorAll("form[method='post']")
            .FirstOrDefault(f => (f.GetAttribute("action") ?? string.Empty).Contains("handler=" + handler, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No {handler} button on the page.");
        var fields = HiddenFieldsOf(form);
        if (comment is not null)
        {
            fields["comment"] = comment;
        }

        return await PostAsync(form.GetAttribute("action")!, fields);
    }

    /// <summary>What a workflow button's form posts besides its button: the anti-forgery token and the version token.</summary>
    public static Dictionary<string, string> HiddenFieldsOf(AngleSharp.Dom.IElement form) =>
        form.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);

    public static string EditUrl(string file) => "/admin/content/edit?file=" + Uri.EscapeDataString(file);

    public static string NewUrl(string kind) => "/admin/content/edit?kind=" + kind;

    /// <summary>Where a post sent the browser (the edit page after a save), or fails the test when it did not redirect.</summary>
    public static string Redirected(HttpResponseMessage response) => AccountClient.Location(response);
}
