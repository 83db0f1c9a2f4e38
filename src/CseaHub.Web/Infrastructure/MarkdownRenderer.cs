using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Renders the Markdown of long texts to HTML that is safe to embed: Markdig with raw HTML disabled, then an HTML
/// sanitizer as a second line of defence (no script, no event handler, no javascript: URL survives).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string markdown) =>
        new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline)));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
