using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Data;

/// <summary>A filter by a many-to-many link read from the link table keeps exactly the items the navigation names.</summary>
public sealed class LinkFiltersTests(HubAppFactory hub)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Documents_linked_to_each_country_and_instrument_are_those_the_navigation_names(bool professional)
    {
        var viewer = new Viewer(professional);
        await hub.WithDatabaseAsync(async db =>
        {
            var visible = db.Documents.VisibleTo(viewer);
            foreach (var country in await db.Countries.Select(c => c.Id).ToListAsync())
            {
                Assert.Equal(
                    await Slugs(visible.Where(d => d.Countries.Any(c => c.Id == country))),
                    await Slugs(visible.LinkedTo(db, d => d.Countries, country)));
            }

            foreach (var instrument in await db.Instruments.Select(i => i.Id).ToListAsync())
            {
                Assert.Equal(
                    await Slugs(visible.Where(d => d.Instruments.Any(i => i.Id == instrument))),
                    await Slugs(visible.LinkedTo(db, d => d.Instruments, instrument)));
            }
        });
    }

    [Fact]
    public async Task Organisations_linked_to_each_audience_and_topic_are_those_the_navigation_names()
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var visible = db.Organisations.VisibleTo(Viewer.Anonymous);
            foreach (var audience in await db.Audiences.Select(a => a.Id).ToListAsync())
            {
                Assert.Equal(
                    await Slugs(visible.Where(o => o.Audiences.Any(a => a.Id == audience))),
                    await Slugs(visible.LinkedTo(db, o => o.Audiences, audience)));
            }

            foreach (var topic in await db.Topics.Select(t => t.Id).ToListAsync())
            {
                Assert.Equal(
                    await Slugs(visible.Where(o => o.Topics.Any(t => t.Id == topic))),
                    await Slugs(visible.LinkedTo(db, o => o.Topics, topic)));
            }
        });
    }

    [Theory]
    [InlineData(LinkPlan.LinksFirst)]
    [InlineData(LinkPlan.ItemsInOrder)]
    public async Task Either_plan_keeps_the_items_whose_linked_target_matches(LinkPlan plan)
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var documents = db.Documents.VisibleTo(Viewer.Anonymous);
            foreach (var code in await db.Countries.Select(c => c.Code).ToListAsync())
            {
                Assert.Equal(
                    await Slugs(documents.Where(d => d.Countries.Any(c => c.Code == code))),
                    await Slugs(documents.LinkedTo(db, d => d.Countries, c => c.Code == code, plan)));
            }

            var organisations = db.Organisations.VisibleTo(Viewer.Anonymous);
            foreach (var key in await db.Topics.Select(t => t.Key).ToListAsync())
            {
                Assert.Equal(
                    await Slugs(organisations.Where(o => o.Topics.Any(t => t.Key == key))),
                    await Slugs(organisations.LinkedTo(db, o => o.Topics, t => t.Key == key, plan)));
            }

            Assert.Empty(await Slugs(organisations.LinkedTo(db, o => o.Audiences, a => a.Key == "no-such-audience", plan)));
        });
    }

    [Fact]
    public async Task An_item_linked_to_two_targets_comes_once_under_each()
    {
        var name = TestData.UniqueKey("Twice linked");
        var slug = await hub.WithDatabaseAsync(async db =>
        {
            var organisation = await db.NewOrganisationAsync(name, country: "FR");
            organisation.Countries.Add(await db.Countries.SingleAsync(c => c.Code == "DE"));
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Slug;
        });

        var found = await hub.WithDatabaseAsync(async db =>
        {
            var counts = new List<int>();
            foreach (var country in await db.Countries.Where(c => c.Code == "FR" || c.Code == "DE").Select(c => c.Id).ToListAsync())
            {
                counts.Add(await db.Organisations.LinkedTo(db, o => o.Countries, country).CountAsync(o => o.Slug == slug));
            }

            return counts;
        });

        Assert.Equal([1, 1], found);
    }

    [Fact]
    public async Task A_navigation_that_is_not_a_many_to_many_link_is_refused()
    {
        await hub.WithDatabaseAsync(db =>
        {
            var error = Assert.Throws<ArgumentException>(() => db.Organisations.LinkedTo(db, o => o.Bodies, 1));
            Assert.Contains("Organisation.Bodies", error.Message, StringComparison.Ordinal);
            foreach (var plan in Enum.GetValues<LinkPlan>())
            {
                var planned = Assert.Throws<ArgumentException>(() => db.Organisations.LinkedTo(db, o => o.Bodies, b => b.Slug == "x", plan));
                Assert.Contains("Organisation.Bodies", planned.Message, StringComparison.Ordinal);
            }
            return Task.CompletedTask;
        });
    }

    private static async Task<List<string>> Slugs<T>(IQueryable<T> items)
        where T : ContentItem =>
        await items.Select(i => i.Slug).OrderBy(s => s).ToListAsync();
}
