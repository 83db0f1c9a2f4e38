using CseaHub.Web.Data;
using CseaHub.Web.Data.Postgres;
using CseaHub.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CseaHub.UnitTests.Data.Migrations;

/// <summary>
/// The hub starts on the compiled models under Data/*/CompiledModel (building the model from the configurations costs
/// seconds of every start). A model change they do not hold fails here: regenerate them with the commands in
/// CONTRIBUTING.md.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_SQLite_compiled_model_matches_the_configurations()
    {
        using var db = new SqliteHubDbContext(
            new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite("Data Source=:memory:").Options);

        AssertCompiledModelCurrent(db);
    }

    [Fact]
    public void The_PostgreSQL_compiled_model_matches_the_configurations()
    {
        using var db = new PostgresHubDbContext(
            new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);

        AssertCompiledModelCurrent(db);
    }

    private static void AssertCompiledModelCurrent(HubDbContext db)
    {
        var compiled = db.Model;
        var configured = db.GetService<IDesignTimeModel>().Model;

        Assert.NotSame(configured, compiled);
        Assert.Equal(Shape(configured), Shape(compiled));
        Assert.Equal(Tables(configured), Tables(compiled));
    }

    /// <summary>The tables as queries meet them: columns with their store types, keys, indexes, foreign keys.</summary>
    private static IReadOnlyList<string> Tables(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.SelectMany(table => table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} {c.IsNullable}")
            .Concat(table.UniqueConstraints.Select(k => $"{table.Name} key {k.Name} ({string.Join(", ", k.Columns.Select(c => c.Name))})"))
            .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}) {i.IsUnique}"))
            .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name} -> {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>What queries and saves depend on beyond the tables (whose columns the relational diff compares): types, properties with their conversions, navigations.</summary>
    private static IReadOnlyList<string> Shape(IModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(entity => new[] { $"{entity.Name} {entity.ClrType.Name}" }
            .Concat(entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name} {p.ClrType.Name} {p.IsNullable} {p.GetValueConverter()?.ProviderClrType.Name}"))
            .Concat(entity.GetNavigations().Select(n => $"{entity.Name}.{n.Name} -> {n.TargetEntityType.Name}"))
            .Concat(entity.GetSkipNavigations().Select(n => $"{entity.Name}.{n.Name} ->> {n.TargetEntityType.Name}"))
            .Concat(entity.GetComplexProperties().Select(c => $"{entity.Name}.{c.Name} {{complex}}")))
            .Order(StringComparer.Ordinal),
    ];
}
