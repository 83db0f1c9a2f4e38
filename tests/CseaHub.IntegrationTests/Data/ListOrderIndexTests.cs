using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Data;

/// <summary>
/// The long lists read a page in the order of an index instead of sorting every visible row: at 20,000 organisations and
/// 100,000 documents a sort cost 60-270 ms per page. Checked on SQLite's own query plan, which names a sort when it
/// makes one; PostgreSQL's planner weighs sizes, and on a test database of a few dozen rows it rightly sorts.
/// </summary>
public sealed class ListOrderIndexTests(HubAppFactory hub)
{
    public static TheoryData<string, DirectorySort, bool> DirectoryOrders => new()
    {
        { "en", DirectorySort.Name, false },
        { "fr", DirectorySort.Name, false },
        { "en", DirectorySort.NameDescending, false },
        { "fr", DirectorySort.NameDescending, true },
    };

    [Theory]
    [MemberData(nameof(DirectoryOrders))]
    public async Task The_directory_reads_a_page_in_index_order(string language, DirectorySort sort, bool professional)
    {
        var plan = await PlanAsync(db => OrganisationDirectory.Sorted(
            db.Organisations.VisibleTo(ViewerOf(professional)), language, sort).Skip(40).Take(20).Select(o => o.Slug));

        Assert.Contains("_Slug_Visibility", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_library_reads_a_page_of_the_newest_documents_in_index_order(bool professional)
    {
        var plan = await PlanAsync(db => LibraryCatalogue.Newest(db.Documents.VisibleTo(ViewerOf(professional))).Skip(40).Take(20).Select(d => d.Slug));

        Assert.Contains("IX_Documents_Status_IssuedSortKey_Slug_Visibility", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    // ToQueryString puts the parameters' values before the statement, as sqlite3 shell commands, and may add a note
    // after it, past a blank line; the plan needs the statement alone.
    private static string StatementOf(string queryString) =>
        string.Join('\n', queryString.Split('\n')
            .Where(line => !line.StartsWith(".param", StringComparison.Ordinal))
            .SkipWhile(string.IsNullOrWhiteSpace)
            .TakeWhile(line => !string.IsNullOrWhiteSpace(line)));

    private static Viewer ViewerOf(bool professional) => professional ? new Viewer(true) : Viewer.Anonymous;

    private async Task<string> PlanAsync<T>(Func<HubDbContext, IQueryable<T>> query)
    {
        return await hub.WithDatabaseAsync(async db =>
        {
            if (!db.Database.IsSqlite())
            {
                Assert.Skip("SQLite's query plan: PostgreSQL sorts a few dozen test rows, as it should.");
            }

            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + StatementOf(query(db).ToQueryString());
                await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                var steps = new List<string>();
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    steps.Add(reader.GetString(reader.GetOrdinal("detail")));
                }

                return string.Join('\n', steps);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }
}
