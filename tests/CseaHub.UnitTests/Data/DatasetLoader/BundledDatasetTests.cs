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

    [Theory]
    [InlineData("Article 23", 2015)]
    [InlineData("applicability of the Lanzarote Convention to sexual offences against children facilitated", 2017)]
    [InlineData("sexually suggestive or explicit images", 2019)]
    [InlineData("child self-generated sexual images", 2022)]
    [InlineData("Production orders for subscriber information", 2017)]
    public void The_library_bundles_the_key_opinions_reports_and_guidance_notes(string titlePart, int year)
    {
        var document = Assert.Single(Bundled.Documents.Select(d => d.Record),
            d => d.Title.En.Contains(titlePart, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(year, document.Issued.Year);
    }

    [Fact]
    public void The_Lanzarote_Committee_second_round_report_was_adopted_on_10_March_2022()
    {
        var round = Assert.Single(Bundled.MonitoringRounds.Select(r => r.Record), r => r.Slug == "lanzarote-convention-2");

        Assert.Equal(new DateOnly(2022, 3, 10), round.ReportAdopted?.Date);
        Assert.NotEmpty(round.Findings);
    }

    [Fact]
    public void Round_the_clock_contact_points_are_for_professionals_only()
    {
        var contactPoints = Bundled.Authorities.Select(a => a.Record)
            .Where(a => a.Role == CseaHub.Web.Domain.Cooperation.AuthorityRole.ContactPoint247).ToList();

        Assert.NotEmpty(contactPoints);
        Assert.All(contactPoints, a => Assert.Equal(Visibility.Professionals, a.Visibility));
    }

    private static Dataset ReadBundled()
    {
        var (dataset, errors) = DatasetReader.Read(RepositoryPaths.Dataset);
        Assert.Empty(errors);
        return dataset;
    }
}
