namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules one library document must meet before it is loaded.</summary>
internal sealed class DocumentChecks(
    Located<DocumentRecord> located,
    DatasetValidator.Vocabulary vocabulary,
    DatasetReferences references,
    List<DatasetError> errors)
{
    /// <summary>The languages pages can name (Resources: LanguageName.*); add one there before using it here.</summary>
    public static readonly IReadOnlySet<string> KnownLanguages = new SortedSet<string>(["de", "en", "es", "fr", "it", "pt", "ru"], StringComparer.Ordinal);

    private static readonly string KnownLanguageList = string.Join(", ", KnownLanguages);

    // The library holds nothing older than the Council of Europe's first conventions.
    private const int EarliestYear = 1945;

    private readonly DatasetValidator.FieldChecks _checks = new(located.File, $"document '{located.Record.Slug}'", errors);

    public void Run()
    {
        var d = located.Record;
        _checks.SlugNamesFile(d.Slug);
        _checks.Text(d.Title, FieldLengths.Title, "title");
        _checks.Text(d.Summary, FieldLengths.Summary, "summary");
        _checks.OptionalWebAddress(d.Url, "url");
        _checks.NotInFuture(d.ReviewedOn, vocabulary.Today, "reviewedOn");
        if (d.IssuedBy is { } body)
        {
            _checks.Known(body, references.Organisations, "issuedBy", "organisation");
        }

        if (d.MonitoringRound is { } round)
        {
            _checks.Known(round, references.MonitoringRounds, "monitoringRound", "monitoring round");
        }

        foreach (var (language, index) in d.Languages.Select((l, i) => (l, i)))
        {
            if (!KnownLanguages.Contains(language))
            {
                _checks.Fail($"languages[{index}]", $"'{language}' is not a language the hub names: use one of {KnownLanguageList}.");
            }
        }

        _checks.KnownAll(d.Instruments, references.Instruments, "instruments", "instrument");
        _checks.KnownAll(d.Countries, vocabulary.Countries, "countries", "country");
        _checks.KnownAll(d.Topics, vocabulary.Topics, "topics", "topic");
        _checks.KnownAll(d.Audiences, vocabulary.Audiences, "audiences", "audience");
        foreach (var (article, index) in d.Articles.Select((a, i) => (a, i)))
        {
            CheckArticle(article, $"articles[{index}]");
        }

        if (d.Articles.GroupBy(a => a).Any(g => g.Count() > 1))
        {
            _checks.Fail("articles", $"An article is listed twice.");
        }

        var sources = _checks.Sources(d.Sources);
        _checks.PartialDate(d.Issued, sources, EarliestYear, vocabulary.Today, "issued");
    }

    private void CheckArticle(ArticleRefRecord article, string field)
    {
        if (!references.InstrumentArticles.TryGetValue(article.Instrument, out var numbers))
        {
            _checks.Fail(field + ".instrument", $"No instrument has the slug '{article.Instrument}'.");
        }
        else if (!numbers.Contains(article.Number))
        {
            _checks.Fail(field + ".number", $"The instrument '{article.Instrument}' has no article {article.Number} in the dataset.");
        }
    }
}
