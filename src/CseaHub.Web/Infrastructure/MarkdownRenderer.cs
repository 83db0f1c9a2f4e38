using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Renders the Markdown of long texts to HTML that is safe to embed: Markdig with raw HTML disabled, then an HTML
/// sanitizer as a second line of defence (no script, no event handler, no javascript: URL survives). Headings in the
/// text start at h3, because the text always sits under the page's h1 and a section's h2.
/// </summary>
/// <remarks>
/// The HTML of a text depends on the text alone, so it is kept by text: a page's first render after the change feed
/// moved (ADR 0010) renders again only the texts that changed. Sanitising was most of a profile's rendering cost.
/// </remarks>
public sealed class MarkdownRenderer : IDisposable
{
    private const int FirstHeadingLevel = 3;

    /// <summary>Characters of Markdown and HTML kept (4 MiB of UTF-16): a few hundred profiles' texts.</summary>
    private const long KeptCharacters = 2 * 1024 * 1024;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = KeptCharacters });

    public IHtmlContent Render(string markdown) =>
        _rendered.GetOrCreate(markdown, entry =>
        {
            var html = new HtmlString(Sanitized(markdown));
            entry.Size = markdown.Length + html.Value!.Length;
            return html;
        })!;

    public void Dispose() => _rendered.Dispose();

    private string Sanitized(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + FirstHeadingLevel - 1);
        }

        // The pipeline's own renderers are pooled: one set up per call allocated more than the text it rendered.
        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
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
