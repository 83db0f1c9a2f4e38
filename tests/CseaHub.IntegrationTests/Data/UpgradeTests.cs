using System.Net;
using CseaHub.IntegrationTests.Accounts;
using CseaHub.IntegrationTests.Search;
using CseaHub.Tests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Data;

/// <summary>
/// An operator upgrades a hub that ran the previous release: the new release migrates the database at start and every
/// row the old one wrote is still there, unchanged, in every table; its accounts sign in with their passwords and its
/// content is served and found. The previous release's databases, SQLite and PostgreSQL, were made by that release
/// (tools/release-fixture.sh); the suite restores the one of the provider it runs against.
/// </summary>
public sealed class UpgradeTests
{
    private const string PreviousRelease = "v0.6.0";

    [Fact]
    public async Task A_database_of_the_previous_release_upgrades_at_start_keeping_every_row_and_account()
    {
        // Without loading the bundled dataset, which changes content on purpose: only the migrations act on the data.
        await using var hub = HubAppFactory.WithSettings(new Dictionary<string, string?> { ["Dataset:LoadOnStart"] = "false" });
        await ReleaseDatabase.RestoreAsync(PreviousRelease, hub);
        var before = await ReleaseDatabase.ReadAsync(hub);

        var reader = new AccountClient(hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var after = await ReleaseDatabase.ReadAsync(hub);

        Assert.True(before["Organisations"].Rows.Count > 20, "the fixture holds the release's dataset");
        Assert.Empty(await hub.WithDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.True(after["__EFMigrationsHistory"].Rows.Count > before["__EFMigrationsHistory"].Rows.Count, "the fixture's schema is behind");
        foreach (var (name, table) in before.Where(t => t.Key != "__EFMigrationsHistory"))
        {
            Assert.True(after.TryGetValue(name, out var upgraded), $"table {name} is gone");
            var lostColumns = table.Columns.Except(upgraded.Columns).ToList();
            Assert.True(lostColumns.Count == 0, $"{name} lost its columns {string.Join(", ", lostColumns)}");
            var lostRows = table.Over(table.Columns).Except(upgraded.Over(table.Columns)).ToList();
            Assert.True(lostRows.Count == 0, $"{name}: {lostRows.Count} of {table.Rows.Count} rows changed or lost, e.g. {lostRows.FirstOrDefault()}");
        }

        var signedIn = await reader.SignInAsync("reader@release.example", TestAccounts.Password);
        Assert.DoesNotContain("/account/sign-in", AccountClient.Location(signedIn), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await hub.CreateClient().GetAsync("/organisations/council-of-europe")).StatusCode);
        await hub.SearchCaughtUpAsync();
        Assert.True((await hub.CreateClient().SearchAsync("Lanzarote")).GetProperty("total").GetInt32() > 0);
    }
}
