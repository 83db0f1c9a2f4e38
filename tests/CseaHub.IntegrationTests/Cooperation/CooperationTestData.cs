using CseaHub.Web.Data;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Cooperation;

/// <summary>A measure of the test's own, so the routes it adds never change the answers other tests expect.</summary>
internal static class CooperationTestData
{
    public static async Task<string> AddMeasureAsync(this HubAppFactory hub)
    {
        var key = TestData.UniqueKey("measure");
        await hub.WithDatabaseAsync(async db =>
        {
            db.CooperationMeasures.Add(new CooperationMeasure
            {
                Key = key,
                Label = new LocalisedText("Test measure " + key),
                Description = new LocalisedText("For tests."),
                Position = 1000,
            });
            await db.SaveChangesAsync();
        });
        return key;
    }

    public static async Task<string> AddRouteAsync(
        this HubAppFactory hub, string measure, string summary, Visibility visibility = Visibility.Public, string? organisation = null,
        Func<HubDbContext, CooperationRoute, Task>? configure = null)
    {
        var slug = TestData.UniqueKey("route");
        await hub.WithDatabaseAsync(async db =>
        {
            var route = new CooperationRoute
            {
                Slug = slug,
                Instrument = await db.Instruments.SingleAsync(i => i.Slug == "budapest-convention"),
                Articles = ["29"],
                Measures = [measure],
                Rank = 0,
                Binding = RouteBinding.BothParties,
                Channel = RouteChannel.CentralAuthority,
                Summary = new LocalisedText(summary),
                Requirements = new LocalisedText("Requirements of " + summary),
                Status = ContentStatus.Published,
                Visibility = visibility,
                ReviewedOn = new DateOnly(2026, 11, 30),
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            };
            if (organisation is not null)
            {
                route.Organisations.Add(await db.Organisations.SingleAsync(o => o.Slug == organisation));
            }

            if (configure is not null)
            {
                await configure(db, route);
            }

            route.Sources.Add(new SourceReference { Key = "test", Title = "Test source", Publisher = "Tests", Url = new Uri("https://example.org/") });
            db.CooperationRoutes.Add(route);
            await db.SaveChangesAsync();
        });
        return slug;
    }
}
