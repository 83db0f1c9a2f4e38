using CseaHub.Tests;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Data;

/// <summary>Every save of published content moves the change feed, which the search index and the page cache follow; saves of anything else do not.</summary>
public sealed class ChangeFeedTests(HubAppFactory hub)
{
    [Fact]
    public async Task A_changed_cooperation_route_is_named_in_the_feed()
    {
        var (slug, changes) = await ChangesOfAsync(async db =>
        {
            // Saved as it is: the shared hub's other tests read this route.
            var route = await db.CooperationRoutes.OrderBy(r => r.Id).FirstAsync();
            db.Entry(route).State = EntityState.Modified;
            return route.Slug;
        });

        Assert.Contains((ContentTypes.Route, slug), changes);
    }

    [Fact]
    public async Task A_part_changed_alone_is_named_by_its_kind()
    {
        var (_, changes) = await ChangesOfAsync(async db =>
        {
            var party = await db.Instruments.SelectMany(i => i.Parties).OrderBy(p => p.Id).FirstAsync();
            db.Entry(party).State = EntityState.Modified;
            return string.Empty;
        });

        Assert.Contains((ContentTypes.Part, "Party"), changes);
    }

    [Fact]
    public async Task An_account_is_not_content()
    {
        var before = await hub.WithDatabaseAsync(db => db.ContentChanges.MaxAsync(c => c.Id));

        await TestAccounts.AddAsync(hub.Services, $"feed-{Guid.NewGuid():N}@example.org", HubRoles.Editor);

        // Other tests write content meanwhile; none of the rows after it may name an account's parts.
        var kinds = await hub.WithDatabaseAsync(db => db.ContentChanges.Where(c => c.Id > before && c.EntityType == ContentTypes.Part)
            .Select(c => c.Key).ToListAsync());
        Assert.DoesNotContain(kinds, kind => kind.Contains("User", StringComparison.Ordinal) || kind.Contains("Role", StringComparison.Ordinal));
    }

    private async Task<(string Result, List<(string, string)> Changes)> ChangesOfAsync(Func<Web.Data.HubDbContext, Task<string>> change) =>
        await hub.WithDatabaseAsync(async db =>
        {
            var before = await db.ContentChanges.MaxAsync(c => c.Id);
            var result = await change(db);
            await db.SaveChangesAsync();
            var rows = await db.ContentChanges.Where(c => c.Id > before).Select(c => new { c.EntityType, c.Key }).ToListAsync();
            return (result, rows.Select(r => (r.EntityType, r.Key)).ToList());
        });
}
