using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;

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
    public void Every_organisation_has_audiences_and_sources()
    {
        Assert.All(Organisations, o =>
        {
            Assert.NotEmpty(o.Audiences);
            Assert.NotEmpty(o.Sources);
        });
    }

    [Fact]
    public void Every_phone_number_is_valid_E164()
    {
        var phones = Organisations.Where(o => o.Phone is not null).Select(o => o.Phone!.Value).ToList();

        Assert.NotEmpty(phones);
        Assert.All(phones, phone => Assert.True(PhoneNumberFormat.IsValidE164(phone), phone));
    }

    [Fact]
    public void Slugs_are_unique()
    {
        var slugs = Organisations.Select(o => o.Slug).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
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
