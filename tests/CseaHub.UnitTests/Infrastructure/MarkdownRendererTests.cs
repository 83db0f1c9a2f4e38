using CseaHub.Web.Infrastructure;

namespace CseaHub.UnitTests.Infrastructure;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

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

    private string Render(string markdown)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
