using System.Globalization;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Pages;

/// <summary>The home page on a hub of its own: its counts are compared with the database, which no other test changes meanwhile.</summary>
public sealed class HomePageTests : IAsyncLifetime
{
    private readonly HubAppFactory _hub = new();

    public ValueTask InitializeAsync() => _hub.InitializeAsync();

    [Fact]
    public async Task Home_page_counts_each_audience_among_the_organisations_the_reader_may_see()
    {
        await _hub.AddOrganisationAsync("Restricted law-enforcement unit", audience: "law-enforcement", visibility: Visibility.Professionals);
        await _hub.AddOrganisationAsync("Draft law-enforcement unit", audience: "law-enforcement", status: ContentStatus.Draft);
        var expected = await _hub.WithDatabaseAsync(db => db.Audiences.OrderBy(a => a.Position)
            .Select(a => new { a.Key, Count = db.Organisations.VisibleTo(Viewer.Anonymous).Count(o => o.Audiences.Any(x => x.Id == a.Id)) })
            .Where(a => a.Count > 0)
            .ToListAsync());

        var page = await _hub.CreateClient().GetDocumentAsync("/");

        var shown = page.QuerySelectorAll("#audiences-heading + ul li").Select(item => new
        {
            Key = item.QuerySelector("a")!.GetAttribute("href")!.Split("audience=")[1],
            Count = int.Parse(item.QuerySelector(".count")!.TextContent.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
        }).ToList();
        Assert.Equal(expected, shown);
        Assert.Contains(shown, audience => audience.Key == "law-enforcement");
    }

    public ValueTask DisposeAsync() => _hub.DisposeAsync();
}
