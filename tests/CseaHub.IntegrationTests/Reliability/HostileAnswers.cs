using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>What every answer to hostile input must be: no live script in a page, and nothing logged at Error.</summary>
internal static class HostileAnswers
{
    /// <summary>A payload the browser would run in an HTML answer: a script element, an event handler or a javascript: link carrying the marker.</summary>
    public static async Task<string?> LiveScriptAsync(HttpResponseMessage response, HtmlParser parser) =>
        response.Content.Headers.ContentType?.MediaType == "text/html"
            ? LiveScript(parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
            : null;

    public static string? LiveScript(IDocument document)
    {
        foreach (var element in document.All)
        {
            // A data block (JSON-LD) is never run; markup that broke out of one would be a script element of its own.
            if (element.LocalName == "script" && IsJavaScript(element.GetAttribute("type"))
                && element.TextContent.Contains(HostileInput.ScriptMarker, StringComparison.Ordinal))
            {
                return element.OuterHtml;
            }

            foreach (var attribute in element.Attributes)
            {
                var handler = attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    && attribute.Value.Contains(HostileInput.ScriptMarker, StringComparison.Ordinal);
                var scriptUrl = attribute.Name is "href" or "src" or "action" or "formaction"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
                if (handler || scriptUrl)
                {
                    return element.OuterHtml;
                }
            }
        }

        return null;
    }

    private static bool IsJavaScript(string? type) =>
        string.IsNullOrWhiteSpace(type) || type.Trim().Equals("module", StringComparison.OrdinalIgnoreCase)
        || type.Contains("javascript", StringComparison.OrdinalIgnoreCase) || type.Contains("ecmascript", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// No failure among <paramref name="cases"/>, and no error logged since <paramref name="errorsBefore"/>: only what
    /// the hostile requests caused (a first start on PostgreSQL logs EF's probe of a history table not yet made).
    /// </summary>
    public static void AssertNone(HubAppFactory hub, int errorsBefore, List<string> failures, int cases)
    {
        TestContext.Current.SendDiagnosticMessage($"{cases} hostile requests, {failures.Count} failures");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases}:\n{string.Join('\n', failures.Take(20))}");
        var errors = hub.Errors.Entries.Skip(errorsBefore).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(5)));
    }
}
