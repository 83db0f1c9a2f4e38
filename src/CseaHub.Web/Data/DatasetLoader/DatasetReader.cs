using System.Text.Json;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Reads a dataset folder into records, turning every unreadable file into a <see cref="DatasetError"/>.</summary>
public static class DatasetReader
{
    public static (Dataset Dataset, IReadOnlyList<DatasetError> Errors) Read(string root)
    {
        var dataset = new Dataset();
        var errors = new List<DatasetError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new DatasetError(root, "(folder)", "(none)", "The dataset folder does not exist."));
            return (dataset, errors);
        }

        ReadList(root, Dataset.OrganisationTypesFile, dataset.OrganisationTypes, errors);
        ReadList(root, Dataset.AudiencesFile, dataset.Audiences, errors);
        ReadList(root, Dataset.TopicsFile, dataset.Topics, errors);
        ReadList(root, Dataset.CountriesFile, dataset.Countries, errors);

        ReadFolder(root, Dataset.OrganisationsFolder, dataset.Organisations, errors);
        ReadFolder(root, Dataset.InstrumentsFolder, dataset.Instruments, errors);
        ReadFolder(root, Dataset.MonitoringFolder, dataset.MonitoringRounds, errors);
        ReadFolder(root, Dataset.LibraryFolder, dataset.Documents, errors);
        ReadFolder(root, Dataset.AuthoritiesFolder, dataset.Authorities, errors);
        ReadFolder(root, Dataset.GlossaryFolder, dataset.Glossary, errors);
        if (File.Exists(Path.Combine(root, Dataset.MeasuresFile)))
        {
            ReadList(root, Dataset.MeasuresFile, dataset.Measures, errors);
        }

        ReadFolder(root, Dataset.RoutesFolder, dataset.Routes, errors);

        if (File.Exists(Path.Combine(root, Dataset.AboutFile))
            && TryDeserialize<AboutRecord>(root, Dataset.AboutFile, errors) is { } about)
        {
            dataset.About = new Located<AboutRecord>(Dataset.AboutFile, about);
        }

        return (dataset, errors);
    }

    /// <summary>A folder of one-record files (organisations/, instruments/, …), read in name order.</summary>
    private static void ReadFolder<T>(string root, string folder, List<Located<T>> into, List<DatasetError> errors)
        where T : class
    {
        if (!Directory.Exists(Path.Combine(root, folder)))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal))
        {
            var file = folder + "/" + Path.GetFileName(path);
            if (TryDeserialize<T>(root, file, errors) is { } record)
            {
                into.Add(new Located<T>(file, record));
            }
        }
    }

    private static void ReadList<T>(string root, string file, List<Located<T>> into, List<DatasetError> errors)
    {
        if (!File.Exists(Path.Combine(root, file)))
        {
            errors.Add(new DatasetError(file, "(file)", "(none)", "This file is required and was not found."));
            return;
        }

        if (TryDeserialize<List<T>>(root, file, errors) is { } records)
        {
            into.AddRange(records.Select(record => new Located<T>(file, record)));
        }
    }

    private static T? TryDeserialize<T>(string root, string file, List<DatasetError> errors)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(root, file));
            var value = JsonSerializer.Deserialize<T>(stream, DatasetJson.Options);
            if (value is null)
            {
                errors.Add(new DatasetError(file, "(file)", "$", "The file holds null instead of a record."));
            }

            return value;
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? (FormattableString)$"line {line + 1}" : $"(file)";
            errors.Add(DatasetError.Of(file, where, exception.Path ?? "$", DatasetError.Plain(FirstSentence(exception.Message))));
            return null;
        }
        catch (IOException exception)
        {
            errors.Add(new DatasetError(file, "(file)", "(none)", exception.Message));
            return null;
        }
    }

    // System.Text.Json appends path and position to its messages; the error already carries them.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
