using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using CseaHub.Web.Domain.Library;
using CseaHub.Web.Domain.Monitoring;
using static CseaHub.UnitTests.Data.DatasetLoader.DatasetBuilder;

namespace CseaHub.UnitTests.Data.DatasetLoader;

/// <summary>The rules for library documents, monitoring rounds and competent authorities.</summary>
public sealed class LibraryChecksTests
{
    [Fact]
    public void A_valid_document_round_and_authority_have_no_errors()
    {
        Assert.Empty(Validate(Document(), Round(), Authority()));
    }

    [Fact]
    public void A_document_date_is_known_to_the_year_and_its_day_lies_in_that_year()
    {
        var wrongDay = Document() with { Issued = new PartialDateRecord(2015, "page", Today, new DateOnly(2016, 6, 17)) };
        var future = Document("future") with { Issued = new PartialDateRecord(Today.Year + 1, "page", Today) };

        var fields = Validate(wrongDay, Round(), Authority(), future).Select(e => e.Field).Order();

        Assert.Equal(["issued.day", "issued.year"], fields);
    }

    [Fact]
    public void A_document_cites_only_articles_the_dataset_holds_and_names_real_languages()
    {
        var document = Document() with
        {
            Articles = [new ArticleRefRecord("test-instrument", "99"), new ArticleRefRecord("nowhere", "1")],
            Languages = ["english"],
            MonitoringRound = "test-instrument-7",
        };

        var fields = Validate(document, Round(), Authority()).Select(e => e.Field).Order();

        Assert.Equal(["articles[0].number", "articles[1].instrument", "languages[0]", "monitoringRound"], fields);
    }

    [Fact]
    public void A_document_without_an_official_link_is_valid_but_a_malformed_link_is_not()
    {
        Assert.Empty(Validate(Document() with { Url = null }, Round(), Authority()));
        Assert.Equal("url", Assert.Single(Validate(Document() with { Url = "rm.coe.int/x" }, Round(), Authority())).Field);
    }

    [Fact]
    public void A_round_report_cannot_predate_its_launch_and_findings_keep_unique_keys()
    {
        var finding = Round().Findings[0];
        var round = Round() with
        {
            Launched = new PartialDateRecord(2017, "page", Today),
            ReportAdopted = new SourcedDateRecord(new DateOnly(2016, 3, 10), "page", Today),
            Findings = [finding, finding with { Countries = ["XX"], Document = "missing" }],
        };

        var fields = Validate(Document(), round, Authority()).Select(e => e.Field).Order();

        Assert.Equal(["findings[1].countries[0]", "findings[1].document", "findings[1].key", "reportAdopted.date"], fields);
    }

    [Fact]
    public void A_round_file_is_named_after_its_instrument_and_number()
    {
        var dataset = Dataset(Document(), Round(), Authority());
        dataset.MonitoringRounds[0] = dataset.MonitoringRounds[0] with { File = "monitoring/round-two.json" };

        var error = Assert.Single(DatasetValidator.Validate(dataset, Today));

        Assert.Equal(("slug", "The file should be named test-instrument-2.json, after its slug."), (error.Field, error.Message));
    }

    [Fact]
    public void A_24_7_contact_point_never_publishes_its_phone_or_e_mail()
    {
        var authority = Authority() with
        {
            Role = AuthorityRole.ContactPoint247,
            Details =
            [
                new AuthorityDetailRecord(AuthorityDetailKind.Phone, "+33388412000", "declaration", Today),
                new AuthorityDetailRecord(AuthorityDetailKind.Email, "desk@example.org", "declaration", Today, Visibility.Professionals),
            ],
        };

        Assert.Equal("details[0].visibility", Assert.Single(Validate(Document(), Round(), authority)).Field);
    }

    [Fact]
    public void Authority_contact_details_are_well_formed_and_sourced()
    {
        var authority = Authority() with
        {
            Details =
            [
                new AuthorityDetailRecord(AuthorityDetailKind.Phone, "03 88 41 20 00", "declaration", Today),
                new AuthorityDetailRecord(AuthorityDetailKind.Email, "not an address", "declaration", Today),
                new AuthorityDetailRecord(AuthorityDetailKind.Address, "1 Quai", "elsewhere", Today),
            ],
        };

        var fields = Validate(Document(), Round(), authority).Select(e => e.Field).Order();

        Assert.Equal(["details[0].value", "details[1].value", "details[2].source"], fields);
    }

    private static DocumentRecord Document(string slug = "test-document") => new()
    {
        Slug = slug,
        Title = new LocalisedTextRecord("Opinion on Article 9"),
        Kind = DocumentKind.Opinion,
        IssuedBy = "test-organisation",
        Status = ContentStatus.Published,
        Visibility = Visibility.Public,
        Issued = new PartialDateRecord(2015, "page", Today, new DateOnly(2015, 6, 17)),
        Languages = ["en", "fr"],
        Summary = new LocalisedTextRecord("What the opinion says."),
        Url = "https://example.org/opinion",
        Instruments = ["test-instrument"],
        Articles = [new ArticleRefRecord("test-instrument", "9")],
        Countries = ["FR"],
        Topics = ["prevention"],
        Audiences = ["ngos"],
        MonitoringRound = "test-instrument-2",
        ReviewedOn = Today,
        Sources = [new SourceRecord("page", "Opinion page", "Publisher", "https://example.org/opinion")],
    };

    private static MonitoringRoundRecord Round() => new()
    {
        Instrument = "test-instrument",
        Number = 2,
        Theme = new LocalisedTextRecord("Online abuse"),
        Summary = new LocalisedTextRecord("What the round covered."),
        Status = ContentStatus.Published,
        Visibility = Visibility.Public,
        Launched = new PartialDateRecord(2017, "page", Today),
        ReportAdopted = new SourcedDateRecord(new DateOnly(2022, 3, 10), "page", Today),
        Countries = ["FR"],
        Findings =
        [
            new FindingRecord("terminology", FindingArea.Prosecution, new LocalisedTextRecord("Say CSAM."), ["page"], Today,
                RecommendationGrade.Invites, ["FR"], "test-document", "Recommendation II-1"),
        ],
        ReviewedOn = Today,
        Sources = [new SourceRecord("page", "Round page", "Publisher", "https://example.org/round")],
    };

    private static CompetentAuthorityRecord Authority() => new()
    {
        Slug = "fr-test-instrument-central-authority",
        Instrument = "test-instrument",
        Country = "FR",
        Role = AuthorityRole.CentralAuthority,
        Articles = ["27"],
        Name = new LocalisedTextRecord("Ministry of Justice"),
        Status = ContentStatus.Published,
        Visibility = Visibility.Public,
        Details = [new AuthorityDetailRecord(AuthorityDetailKind.Address, "13 place Vendôme, Paris", "declaration", Today)],
        ReviewedOn = Today,
        Sources = [new SourceRecord("declaration", "Declaration", "Treaty Office", "https://example.org/declaration")],
    };

    private static Dataset Dataset(DocumentRecord document, MonitoringRoundRecord round, CompetentAuthorityRecord authority, params DocumentRecord[] more)
    {
        var dataset = With(Organisation());
        dataset.Instruments.Add(new Located<InstrumentRecord>("instruments/test-instrument.json", new InstrumentRecord
        {
            Slug = "test-instrument",
            Title = new LocalisedTextRecord("Test convention"),
            ShortName = new LocalisedTextRecord("Test"),
            Kind = InstrumentKind.Convention,
            Status = ContentStatus.Published,
            Visibility = Visibility.Public,
            Summary = new LocalisedTextRecord("A summary."),
            Articles = [new ArticleRecord("9", new LocalisedTextRecord("Offences"), new LocalisedTextRecord("Summary"), ["treaty"], Today)],
            ReviewedOn = Today,
            Sources = [new SourceRecord("treaty", "Treaty page", "Publisher", "https://example.org/treaty")],
        }));
        foreach (var d in more.Prepend(document))
        {
            dataset.Documents.Add(new Located<DocumentRecord>($"library/{d.Slug}.json", d));
        }

        dataset.MonitoringRounds.Add(new Located<MonitoringRoundRecord>($"monitoring/{round.Slug}.json", round));
        dataset.Authorities.Add(new Located<CompetentAuthorityRecord>($"authorities/{authority.Slug}.json", authority));
        return dataset;
    }

    private static IReadOnlyList<DatasetError> Validate(
        DocumentRecord document, MonitoringRoundRecord round, CompetentAuthorityRecord authority, params DocumentRecord[] more) =>
        DatasetValidator.Validate(Dataset(document, round, authority, more), Today);
}
