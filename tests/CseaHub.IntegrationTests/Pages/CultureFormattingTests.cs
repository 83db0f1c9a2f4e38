using CseaHub.Web.Infrastructure;
using CseaHub.Web.Pages;
using CseaHub.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CseaHub.IntegrationTests.Pages;

/// <summary>Dates and numbers are written as each language writes them; machines get the ISO form beside them.</summary>
public sealed class CultureFormattingTests(HubAppFactory hub)
{
    [Theory]
    [InlineData("/instruments/lanzarote-convention", "25 October 2007")]
    [InlineData("/fr/instruments/lanzarote-convention", "25 octobre 2007")]
    public async Task A_date_on_a_page_is_worded_in_the_page_language_with_its_ISO_form(string url, string worded)
    {
        var page = await hub.CreateClient().GetDocumentAsync(url);

        var opened = page.QuerySelectorAll("time[datetime='2007-10-25']");
        Assert.NotEmpty(opened);
        Assert.All(opened, time => Assert.Contains(worded, time.TextContent, StringComparison.Ordinal));
    }

    // French groups thousands with a narrow no-break space (U+202F).
    [Theory]
    [InlineData(HubCulture.English, "12,345 results", "Page 1 of 5,000")]
    [InlineData(HubCulture.French, "12\u202f345 résultats", "Page 1 sur 5\u202f000")]
    public void Counts_are_grouped_by_thousands_as_the_language_writes_them(string language, string results, string pages)
    {
        var text = hub.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        Assert.Equal(results, HubCulture.In(language, () => text["SearchResultCount", 12_345].Value));
        Assert.Equal(pages, HubCulture.In(language, () => text["PageOf", 1, 5_000].Value));
    }

    [Theory]
    [InlineData(HubCulture.English, "1 Dec 2026, 13:05 UTC")]
    [InlineData(HubCulture.French, "1 déc. 2026, 13:05 UTC")]
    public void The_back_office_words_a_moment_in_the_page_language(string language, string worded)
    {
        Assert.Equal(worded, HubCulture.In(language, () => SharedMarkup.MomentText(new DateTime(2026, 12, 1, 13, 5, 0, DateTimeKind.Utc))));
    }
}
