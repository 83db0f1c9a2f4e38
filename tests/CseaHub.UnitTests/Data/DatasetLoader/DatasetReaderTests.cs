using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;

namespace CseaHub.UnitTests.Data.DatasetLoader;

public sealed class DatasetReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cseahub-reader-").FullName;

    public DatasetReaderTests()
    {
        foreach (var file in new[] { Dataset.OrganisationTypesFile, Dataset.AudiencesFile, Dataset.TopicsFile, Dataset.CountriesFile })
        {
            Write(file, File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, file)));
        }
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_file_and_line()
    {
        Write("organisations/broken.json", "{\n  \"slug\": \"broken\",\n  \"name\": \n}");

        var (_, errors) = DatasetReader.Read(_root);

        var error = Assert.Single(errors);
        Assert.Equal("organisations/broken.json", error.File);
        Assert.Contains("line 4", error.Record, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_not_silently_ignored()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "organisations", "europol.json"))
            .Replace("\"summary\"", "\"sumary\"", StringComparison.Ordinal);
        Write("organisations/europol.json", json);

        var error = Assert.Single(DatasetReader.Read(_root).Errors);

        Assert.Contains("sumary", error.Field + error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_taxonomy_file_is_named()
    {
        File.Delete(Path.Combine(_root, Dataset.TopicsFile));

        var error = Assert.Single(DatasetReader.Read(_root).Errors);

        Assert.Equal(Dataset.TopicsFile, error.File);
    }

    [Fact]
    public void An_unknown_status_value_is_reported_at_its_path()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Dataset, "organisations", "eurojust.json"))
            .Replace("\"status\": \"published\"", "\"status\": \"live\"", StringComparison.Ordinal);
        Write("organisations/eurojust.json", json);

        var error = Assert.Single(DatasetReader.Read(_root).Errors);

        Assert.Equal("$.status", error.Field);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string file, string content)
    {
        var path = Path.Combine(_root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
