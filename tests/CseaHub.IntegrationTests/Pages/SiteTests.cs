using System.Net;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Pages;

public sealed class SiteTests(HubAppFactory hub)
{
    public static TheoryData<string> PageTypes =>
    [
        "/", "/organisations", "/organisations/council-of-europe", "/about", "/organisations?audience=astronauts", "/no-such-page",
        "/fr", "/fr/organisations", "/fr/organisations/council-of-europe", "/fr/about", "/fr/no-such-page",
    ];

    [Fact]
    public async Task Home_page_leads_to_search_audiences_and_latest_public_updates()
    {
        var draft = await hub.AddOrganisationAsync("Newest draft", status: ContentStatus.Draft);
        var restricted = await hub.AddOrganisationAsync("Newest restricted", visibility: Visibility.Professionals);
        await hub.WithDatabaseAsync(async db =>
        {
            await db.Organisations.Where(o => o.Slug == draft || o.Slug == restricted)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.PublicUpdatedUtc, DateTime.UtcNow.AddYears(1)));
        });

        var page = await hub.CreateClient().GetDocumentAsync("/");

        Assert.Equal("/search", page.QuerySelector("form.search-box[role=search]")?.GetAttribute("action"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/organisations?audience=law-enforcement");
        var updates = page.QuerySelectorAll("#updates-heading + ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(updates);
        Assert.DoesNotContain($"/organisations/{draft}", updates);
        Assert.DoesNotContain($"/organisations/{restricted}", updates);
    }

    [Fact]
    public async Task About_page_shows_the_funding_disclaimer_from_data()
    {
        var text = (await hub.CreateClient().GetDocumentAsync("/about")).VisibleText();

        Assert.Contains("Neither the European Union nor any other granting authority can be held responsible for the content.", text, StringComparison.Ordinal);
        Assert.Contains("No funding project has been recorded with a verified source yet.", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_has_one_h1_a_skip_link_the_right_language_and_a_switch_to_the_same_page(string url)
    {
        var response = await hub.CreateClient().GetAsync(url);
        var page = await response.ReadDocumentAsync();

        var french = url.StartsWith("/fr", StringComparison.Ordinal);
        var english = french ? (url.Length == 3 ? "/" : url[3..]) : url;
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("#main", page.QuerySelector(".skip-link")?.GetAttribute("href"));
        Assert.Equal(french ? "fr" : "en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(english == "/" ? "/fr" : "/fr" + english, page.QuerySelector("a[hreflang=fr]")?.GetAttribute("href"));
        Assert.Equal(english, page.QuerySelector("a[hreflang=en]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task French_error_pages_are_in_French()
    {
        var response = await hub.CreateClient().GetAsync("/fr/organisations/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", (await response.ReadDocumentAsync()).VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upper_case_language_prefix_redirects_to_the_canonical_address()
    {
        var response = await hub.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/FR/organisations?audience=ngos");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/fr/organisations?audience=ngos", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/fr/api/v1/organisations")]
    [InlineData("/fr/health")]
    public async Task The_API_and_health_check_have_no_French_address(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_form_post_is_a_client_error_not_a_server_error()
    {
        using var content = new StringContent("x", System.Text.Encoding.UTF8, "multipart/form-data");

        var response = await hub.CreateClient().PostAsync("/organisations", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Visiting_the_error_page_directly_is_a_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync("/error")).StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_and_how_far_the_search_index_lags_behind_it()
    {
        await hub.SearchCaughtUpAsync();

        var response = await hub.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var index = checks.GetProperty("search-index");
        Assert.True(index.GetProperty("checkpoint").GetInt64() > 0);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, index.GetProperty("lag").ValueKind);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_signed_in_pages_are_never_cached_by_others()
    {
        var anonymous = await hub.CreateClient().GetAsync("/");
        var professional = await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional).GetAsync("/");

        Assert.Contains("default-src 'self'", anonymous.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", anonymous.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(professional.Headers.CacheControl is { NoCache: true, NoStore: true });
    }

    [Fact]
    public async Task Answers_over_HTTPS_tell_browsers_to_keep_to_HTTPS_and_every_answer_forbids_framing()
    {
        var secure = hub.CreateClient(new() { BaseAddress = new Uri("https://hub.example") });

        var overHttps = await secure.GetAsync("/");
        var overHttp = await hub.CreateClient().GetAsync("/");

        Assert.Equal("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("frame-ancestors 'none'", overHttp.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("strict-origin-when-cross-origin", overHttp.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Unknown_pages_get_the_not_found_page_without_internals()
    {
        var response = await hub.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
