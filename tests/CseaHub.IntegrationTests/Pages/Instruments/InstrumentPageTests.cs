using System.Net;
using System.Text.Json;
using CseaHub.Tests;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Pages.Instruments;

public sealed class InstrumentPageTests(HubAppFactory hub)
{
    private static readonly string[] Slugs =
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Dataset, "instruments")).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    public static TheoryData<string> BundledInstruments => [.. Slugs];

    [Theory]
    [MemberData(nameof(BundledInstruments))]
    public async Task Every_instrument_page_renders_its_computed_counts_and_one_row_per_state(string slug)
    {
        var parties = PartiesInData(slug);

        var page = await hub.CreateClient().GetDocumentAsync($"/instruments/{slug}");

        if (parties.Count == 0)
        {
            Assert.Contains("no state-by-state data", page.VisibleText(), StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll(".figures, table.parties"));
            return;
        }

        var figures = page.QuerySelectorAll(".figures strong").Select(s => int.Parse(s.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(parties.Count(p => p == "ratified"), figures[0]);
        Assert.Equal(parties.Count(p => p == "signatory"), figures[1]);
        Assert.Equal(parties.Count, page.QuerySelectorAll("table.parties tbody tr").Length);
        Assert.All(page.QuerySelectorAll("table.parties tbody th a"), a => Assert.StartsWith("/countries/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BundledInstruments))]
    public async Task Every_article_in_the_data_has_its_own_anchor_with_title_and_summary(string slug)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "instruments", slug + ".json")));
        var articles = json.RootElement.TryGetProperty("articles", out var list) ? list.EnumerateArray().ToList() : [];

        var page = await hub.CreateClient().GetDocumentAsync($"/instruments/{slug}");

        Assert.Equal(articles.Count, page.QuerySelectorAll("ol.articles > li").Length);
        foreach (var article in articles)
        {
            var item = page.GetElementById("article-" + article.GetProperty("number").GetString());
            Assert.NotNull(item);
            Assert.Contains(article.GetProperty("title").GetProperty("en").GetString()!, item.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_Budapest_Convention_explains_Article_9_and_the_24_7_network()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/instruments/budapest-convention");

        Assert.Contains("Offences related to child pornography", page.GetElementById("article-9")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("24/7 Network", page.GetElementById("article-35")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BundledInstruments))]
    public async Task Every_instrument_page_renders_in_French(string slug)
    {
        var response = await hub.CreateClient().GetAsync($"/fr/instruments/{slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Instruments juridiques", page.VisibleText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BundledInstruments))]
    public async Task The_map_has_one_named_shape_per_state_on_it_coloured_by_status(string slug)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "instruments", slug + ".json")));
        var parties = json.RootElement.GetProperty("parties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("country").GetString()!, p => p.GetProperty("status").GetString()!);
        using var map = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "geo", "europe.json")));
        var onMap = map.RootElement.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToHashSet();

        var page = await hub.CreateClient().GetDocumentAsync($"/instruments/{slug}");

        var named = page.QuerySelectorAll(".party-map path[role=img]").ToList();
        Assert.Equal(parties.Keys.Where(onMap.Contains).Order(), named.Select(p => p.GetAttribute("data-country")!).Order());
        Assert.All(named, shape =>
        {
            var status = parties[shape.GetAttribute("data-country")!];
            Assert.Contains("status-" + status, shape.ClassList);
            Assert.False(string.IsNullOrWhiteSpace(shape.GetAttribute("aria-label")));
        });
        Assert.All(page.QuerySelectorAll(".party-map path:not([role])"), shape => Assert.Equal("true", shape.GetAttribute("aria-hidden")));
    }

    [Fact]
    public async Task The_Lanzarote_Convention_has_48_parties_and_links_to_its_monitoring_body()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/instruments/lanzarote-convention");

        Assert.Contains("48 states have ratified or acceded, in the hub's records", page.VisibleText(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".profile-facts a"), a => a.GetAttribute("href") == "/organisations/lanzarote-committee");
        Assert.Contains("Lanzarote", page.QuerySelector(".profile-facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_ends_with_every_dated_ratification_and_says_how_many_have_no_date()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/instruments/budapest-convention");

        var rows = page.QuerySelectorAll("table.parties tbody tr").ToList();
        var bound = rows.Count(r => r.TextContent.Contains("Ratified or acceded", StringComparison.Ordinal));
        var dated = rows.Count(r => r.TextContent.Contains("Ratified or acceded", StringComparison.Ordinal) && r.QuerySelectorAll("td")[2].QuerySelector("time") is not null);
        var summary = page.GetElementById("timeline-summary")!.TextContent;
        Assert.Contains($"{dated} states with a known date became bound; {bound - dated} more", summary, StringComparison.Ordinal);
        Assert.Equal(dated.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelectorAll(".timeline tbody tr td")[^1].TextContent);
    }

    [Fact]
    public async Task The_Second_Additional_Protocol_shows_it_is_not_in_force()
    {
        var text = (await hub.CreateClient().GetDocumentAsync("/instruments/budapest-second-protocol")).VisibleText();

        Assert.Contains("Entry into force no entry-into-force date in the sources", text, StringComparison.Ordinal);
        Assert.Contains("3 states have ratified or acceded", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strategy_is_not_said_to_be_out_of_force()
    {
        var text = (await hub.CreateClient().GetDocumentAsync("/instruments/coe-strategy-rights-of-the-child-2022-2027")).VisibleText();

        Assert.DoesNotContain("Entry into force", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_every_published_instrument_and_no_draft()
    {
        var draft = await hub.AddInstrumentAsync("Draft instrument", ContentStatus.Draft);

        var page = await hub.CreateClient().GetDocumentAsync("/instruments");

        var links = page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(Slugs, slug => Assert.Contains($"/instruments/{slug}", links));
        Assert.DoesNotContain($"/instruments/{draft}", links);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync($"/instruments/{draft}")).StatusCode);
    }

    [Fact]
    public async Task Editors_gap_notes_are_for_vetted_readers_only()
    {
        var anonymous = (await hub.CreateClient().GetDocumentAsync("/instruments/budapest-second-protocol")).VisibleText();
        var professional = (await hub.CreateClientAs(CseaHub.Web.Infrastructure.Authorization.HubRoles.Professional)
            .GetDocumentAsync("/instruments/budapest-second-protocol")).VisibleText();

        Assert.DoesNotContain("What we could not source yet", anonymous, StringComparison.Ordinal);
        Assert.Contains("What we could not source yet", professional, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owners_and_monitoring_bodies_hidden_from_the_reader_are_not_shown()
    {
        var slug = await hub.AddInstrumentAsync("Instrument with a hidden owner");
        var owner = await hub.AddOrganisationAsync("Hidden owner", status: ContentStatus.Draft);
        await hub.WithDatabaseAsync(async db =>
        {
            var ownerId = await db.Organisations.Where(o => o.Slug == owner).Select(o => o.Id).SingleAsync();
            await db.Instruments.Where(i => i.Slug == slug).ExecuteUpdateAsync(i => i.SetProperty(x => x.OwnerId, ownerId));
        });

        var html = await hub.CreateClient().GetStringAsync($"/instruments/{slug}");

        Assert.DoesNotContain("Hidden owner", html, StringComparison.Ordinal);
        Assert.DoesNotContain(owner, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/instruments/no-such-instrument")]
    [InlineData("/instruments/..%2F..%2Fetc")]
    [InlineData("/instruments/a%20b")]
    public async Task Unknown_or_hostile_instrument_slugs_are_a_plain_not_found(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await hub.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_missing_date_is_said_to_be_not_found_rather_than_left_blank()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/instruments/lanzarote-convention");

        var belgium = page.QuerySelectorAll("table.parties tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Belgium");
        Assert.Contains("date not found", belgium.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ratified or acceded", belgium.TextContent, StringComparison.Ordinal);
    }

    private static List<string> PartiesInData(string slug)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "instruments", slug + ".json")));
        return [.. json.RootElement.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("status").GetString()!)];
    }

    [Fact]
    public async Task A_long_document_list_shows_the_newest_ten_and_leads_to_the_filtered_library()
    {
        for (var n = 0; n < ListPreview.Documents + 1; n++)
        {
            await hub.AddLibraryDocumentAsync($"Instrument preview document {n}");
        }

        var page = await hub.CreateClient().GetDocumentAsync("/instruments/lanzarote-convention");

        Assert.Equal(ListPreview.Documents, page.QuerySelectorAll("#documents-heading ~ ul.document-list li").Length);
        Assert.NotNull(page.QuerySelector("#documents-heading ~ p a[href='/library?instrument=lanzarote-convention']"));
    }
}
