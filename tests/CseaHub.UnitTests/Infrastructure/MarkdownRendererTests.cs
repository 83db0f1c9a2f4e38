using CseaHub.Web.Infrastructure;

namespace CseaHub.UnitTests.Infrastructure;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public void Headings_in_a_text_start_below_the_page_and_section_headings()
    {
        var html = Render("# Top\n\n## Next\n\n##### Deep");

        Assert.Contains("<h3", html, StringComparison.Ordinal);
        Assert.Contains("<h4", html, StringComparison.Ordinal);
        Assert.Contains("<h6", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:")]
    public void Nothing_executable_survives(string markdown, string forbidden)
    {
        Assert.DoesNotContain(forbidden, Render(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_meaning()
    {
        var html = Render("Some **bold** text and a [link](https://www.coe.int/).\n\n- one\n- two");

        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.coe.int/\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_rendered_again_gives_the_same_html_and_another_text_its_own()
    {
        var first = Render("Some *text*.");

        Assert.Equal(first, Render("Some *text*."));
        Assert.Contains("<em>text</em>", first, StringComparison.Ordinal);
        Assert.Contains("<strong>text</strong>", Render("Some **text**."), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Render("Some *text*.<script>alert(1)</script>"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_longer_than_what_is_kept_is_still_rendered()
    {
        var paragraph = string.Concat(Enumerable.Repeat("word ", 1_000_000));

        Assert.StartsWith("<p>word word", Render(paragraph), StringComparison.Ordinal);
    }

    private string Render(string markdown)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
