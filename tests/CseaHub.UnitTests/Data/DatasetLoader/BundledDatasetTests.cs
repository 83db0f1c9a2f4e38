using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Data.DatasetLoader;

/// <summary>The dataset that ships with the hub: valid, sourced, and rich enough to be useful.</summary>
public sealed class BundledDatasetTests
{
    private static readonly Dataset Bundled = ReadBundled();

    private static IEnumerable<OrganisationRecord> Organisations => Bundled.Organisations.Select(o => o.Record);

    [Fact]
    public void The_bundled_dataset_passes_validation()
    {
        var errors = DatasetValidator.Validate(Bundled, DateOnly.FromDateTime(DateTime.UtcNow));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_Council_of_Europe_has_its_five_bodies()
    {
        var bodies = Organisations.Where(o => o.Parent == "council-of-europe").Select(o => o.Slug).Order();

        Assert.Equal(
            ["c-proc", "cdenf", "cybercrime-convention-committee", "european-court-of-human-rights", "lanzarote-committee"],
            bodies);
    }

    [Fact]
    public void At_least_25_further_organisations_ship_with_the_hub()
    {
        var further = Organisations.Count(o => o.Slug != "council-of-europe" && o.Parent != "council-of-europe");

        Assert.True(further >= 25, $"{further} organisations besides the Council of Europe and its bodies");
    }

    [Fact]
    public void At_least_one_real_item_is_for_professionals_only()
    {
        Assert.Contains(Organisations.SelectMany(o => o.Sections), s => s.Visibility == Visibility.Professionals);
    }

    private static Dataset ReadBundled()
    {
        var (dataset, errors) = DatasetReader.Read(RepositoryPaths.Dataset);
        Assert.Empty(errors);
        return dataset;
    }
}
