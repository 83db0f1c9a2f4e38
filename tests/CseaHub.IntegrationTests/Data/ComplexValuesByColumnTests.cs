using System.Data;
using CseaHub.Web.Data;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Pages.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Data;

/// <summary>
/// A complex value passed to a constructor reads its own columns, not the whole row (EF Core 10 reads every column:
/// dotnet/efcore#37551), and gives the same value as before, null included.
/// </summary>
public sealed class ComplexValuesByColumnTests(HubAppFactory hub)
{
    [Fact]
    public async Task An_organisation_reference_reads_its_name_and_not_the_profile()
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var references = db.Organisations.VisibleTo(Viewer.Anonymous).OrderBy(o => o.Slug).Select(OrganisationRef.From);

            var sql = references.ToQueryString();
            Assert.Contains("NameFr", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("DescriptionEn", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("SearchKey", sql, StringComparison.Ordinal);

            // Other tests write to the shared hub: both reads come from one snapshot.
            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead);
            var names = await db.Organisations.VisibleTo(Viewer.Anonymous).OrderBy(o => o.Slug)
                .Select(o => new { o.Slug, o.Name, o.Acronym }).ToListAsync();
            Assert.Equal(names.Select(n => new OrganisationRef(n.Slug, n.Name, n.Acronym)), await references.ToListAsync());
        });
    }

    [Fact]
    public async Task A_label_read_through_a_required_reference_reads_only_the_label()
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var types = db.Organisations.OrderBy(o => o.Slug).Select(o => new TermRef(o.Type.Key, o.Type.Label));

            Assert.DoesNotContain("\"Position\"", types.ToQueryString(), StringComparison.Ordinal);
            Assert.All(await types.ToListAsync(), type => Assert.False(string.IsNullOrEmpty(type.Label.En)));
        });
    }

    [Fact]
    public async Task A_name_read_through_an_optional_reference_is_null_when_there_is_none()
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var parents = await db.Organisations.Where(o => o.ParentId == null)
                .Select(o => new OrganisationRef(o.Slug, o.Parent!.Name, null)).ToListAsync();

            Assert.NotEmpty(parents);
            Assert.All(parents, parent => Assert.Null(parent.Name));
        });
    }

    [Fact]
    public async Task A_name_from_a_subquery_is_null_when_no_row_matches()
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var rows = await db.Organisations.OrderBy(o => o.Slug)
                .Select(o => new { o.Slug, Country = db.Countries.Where(c => c.Code == o.Slug).Select(c => c.Name).FirstOrDefault() })
                .ToListAsync();

            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Null(row.Country));
        });
    }

    [Fact]
    public async Task A_date_without_a_constructor_is_rebuilt_with_every_part()
    {
        await hub.WithDatabaseAsync(async db =>
        {
            var dates = db.Documents.OrderBy(d => d.Slug).Select(d => new KeyValuePair<string, PartialDate>(d.Slug, d.Issued));
            Assert.DoesNotContain("SummaryEn", dates.ToQueryString(), StringComparison.Ordinal);

            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead);
            var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Slug).ToListAsync();
            var projected = await dates.ToListAsync();
            Assert.NotEmpty(projected);
            Assert.Equal(
                documents.Select(d => (d.Slug, d.Issued.Year, d.Issued.Day, d.Issued.SourceKey, d.Issued.AsOf, d.Issued.SortKey)),
                projected.Select(p => (p.Key, p.Value.Year, p.Value.Day, p.Value.SourceKey, p.Value.AsOf, p.Value.SortKey)));
        });
    }
}
