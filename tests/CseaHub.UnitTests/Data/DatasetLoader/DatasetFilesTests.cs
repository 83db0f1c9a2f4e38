using CseaHub.Web.Data.DatasetLoader;

namespace CseaHub.UnitTests.Data.DatasetLoader;

public sealed class DatasetFilesTests
{
    [Theory]
    [InlineData("organisations/council-of-europe.json", "organisation")]
    [InlineData("monitoring/lanzarote-convention-1.json", "round")]
    [InlineData("cooperation/routes/budapest-article-29.json", "route")]
    [InlineData("taxonomies/audiences.json", "audiences")]
    [InlineData("about/about.json", "about")]
    public void Each_dataset_file_belongs_to_its_kind(string file, string kind) =>
        Assert.Equal(kind, DatasetFiles.KindOf(file)?.Name);

    [Theory]
    [InlineData("organisations/../countries/countries.json")]
    [InlineData("organisations/coe\n.json")]
    [InlineData("organisations/COE.json")]
    [InlineData("organisations/.json")]
    [InlineData("organisations/sub/coe.json")]
    [InlineData("/etc/passwd")]
    [InlineData("taxonomies/audiences.json.bak")]
    public void Anything_a_slug_cannot_name_is_no_file_of_the_dataset(string file) =>
        Assert.Null(DatasetFiles.KindOf(file));
}
