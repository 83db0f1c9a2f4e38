using CseaHub.Web.Domain.Cooperation;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules the navigator's measures and routes must meet before they are loaded.</summary>
internal static class CooperationChecks
{
    public static HashSet<string> Measures(IEnumerable<Located<CooperationMeasureRecord>> measures, List<DatasetError> errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, measure) in measures)
        {
            var checks = new DatasetValidator.FieldChecks(file, $"measure '{measure.Key}'", errors);
            checks.KeyShape(measure.Key, "key");
            if (!keys.Add(measure.Key))
            {
                checks.Fail("key", $"The key appears twice.");
            }

            checks.Text(measure.Label, FieldLengths.Label, "label");
            checks.Text(measure.Description, FieldLengths.Summary, "description");
        }

        return keys;
    }

    public static void Route(
        Located<CooperationRouteRecord> located,
        DatasetValidator.Vocabulary vocabulary,
        DatasetReferences references,
        IReadOnlySet<string> measures,
        List<DatasetError> errors)
    {
        var route = located.Record;
        var checks = new DatasetValidator.FieldChecks(located.File, $"route '{route.Slug}'", errors);
        checks.SlugNamesFile(route.Slug);
        checks.Known(route.Instrument, references.Instruments, "instrument", "instrument");
        InstrumentChecks.ArticleNumbers(route.Articles, "articles", checks);
        if (route.Measures.Count == 0)
        {
            checks.Fail("measures", $"Name at least one measure the route gives.");
        }

        checks.KnownAll(route.Measures, measures, "measures", "measure");
        if (route.Rank is < 0 or > 1000)
        {
            checks.Fail("rank", $"Use a rank from 0 (first) to 1000.");
        }

        if (route.Authorities is { Instrument: { } authoritiesInstrument })
        {
            checks.Known(authoritiesInstrument, references.Instruments, "authorities.instrument", "instrument");
        }

        checks.Text(route.Summary, FieldLengths.Summary, "summary");
        checks.Text(route.Requirements, FieldLengths.Summary, "requirements");
        checks.KnownAll(route.Documents, references.Documents, "documents", "document");
        checks.KnownAll(route.Organisations, references.Organisations, "organisations", "organisation");
        checks.NotInFuture(route.ReviewedOn, vocabulary.Today, "reviewedOn");
        var sources = checks.Sources(route.Sources);

        foreach (var (exclusion, index) in route.NotBound.Select((e, n) => (e, n)))
        {
            checks.Known(exclusion.Country, vocabulary.Countries, $"notBound[{index}].country", "country");
            checks.SourceKnown(exclusion.Source, sources, $"notBound[{index}].source");
        }

        foreach (var repeated in route.NotBound.GroupBy(e => e.Country, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            checks.Fail("notBound", $"The country '{repeated.Key}' appears twice.");
        }

        if (route.Binding != RouteBinding.BothEuMembers && route.NotBound.Count > 0)
        {
            checks.Fail("notBound", $"Only EU routes list member states that do not take part; a treaty's non-parties have no party row.");
        }
    }
}
