using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Renders the Markdown of long texts to HTML that is safe to embed: Markdig with raw HTML disabled, then an HTML
/// sanitizer as a second line of defence (no script, no event handler, no javascript: URL survives). Headings in the
/// text start at h3, because the text always sits under the page's h1 and a section's h2.
/// </summary>
public sealed class MarkdownRenderer
{
    private const int FirstHeadingLevel = 3;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + FirstHeadingLevel - 1);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(_sanitizer.Sanitize(writer.ToString()));
    }

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
