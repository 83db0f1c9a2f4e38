using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules one monitoring round and its findings must meet before they are loaded.</summary>
internal sealed class MonitoringChecks(
    Located<MonitoringRoundRecord> located,
    DatasetValidator.Vocabulary vocabulary,
    DatasetReferences references,
    List<DatasetError> errors)
{
    // Treaty monitoring at the Council of Europe post-dates its first conventions.
    private const int EarliestYear = 1945;

    private readonly DatasetValidator.FieldChecks _checks = new(
        located.File, $"monitoring round '{located.Record.Slug}'", errors);

    public void Run()
    {
        var r = located.Record;
        _checks.Known(r.Instrument, references.Instruments, "instrument", "instrument");
        if (r.Number is < 1 or > 99)
        {
            _checks.Fail("number", $"A round number runs from 1 to 99.");
        }

        _checks.SlugNamesFile(r.Slug);
        _checks.Text(r.Theme, FieldLengths.Title, "theme");
        _checks.Text(r.Summary, FieldLengths.Summary, "summary");
        _checks.OptionalWebAddress(r.Questionnaire, "questionnaire");
        _checks.NotInFuture(r.ReviewedOn, vocabulary.Today, "reviewedOn");
        _checks.KnownAll(r.Countries, vocabulary.Countries, "countries", "country");
        var sources = _checks.Sources(r.Sources);
        if (r.Launched is { } launched)
        {
            _checks.PartialDate(launched, sources, EarliestYear, vocabulary.Today, "launched");
        }

        _checks.SourcedDate(r.ReportAdopted, sources, vocabulary.Today, "reportAdopted");
        if (r is { ReportAdopted: { } adopted, Launched: { } start } && adopted.Date < PartialDate.SortKeyOf(start.Year, start.Day))
        {
            _checks.Fail("reportAdopted.date", $"The report is adopted before the round was launched.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (finding, index) in r.Findings.Select((f, i) => (f, i)))
        {
            var field = $"findings[{index}]";
            _checks.KeyShape(finding.Key, field + ".key");
            if (!keys.Add(finding.Key))
            {
                _checks.Fail(field + ".key", $"The key '{finding.Key}' is used by another finding of this round.");
            }

            _checks.Text(finding.Text, null, field + ".text");
            _checks.MaxLength(finding.Paragraph, FieldLengths.Label, field + ".paragraph");
            _checks.KnownAll(finding.Countries ?? [], vocabulary.Countries, field + ".countries", "country");
            if (finding.Document is { } document)
            {
                _checks.Known(document, references.Documents, field + ".document", "document");
            }

            _checks.Cites(finding.Sources, sources, finding.AsOf, vocabulary.Today, field);
        }
    }
}
