using CseaHub.Web.Data.DatasetLoader;
using static CseaHub.UnitTests.Data.DatasetLoader.DatasetBuilder;

namespace CseaHub.UnitTests.Data.DatasetLoader;

public sealed class DatasetValidatorTests
{
    [Fact]
    public void A_valid_dataset_has_no_errors()
    {
        Assert.Empty(DatasetValidator.Validate(With(Organisation()), Today));
    }

    [Fact]
    public void A_phone_number_not_in_E164_is_reported_with_file_record_and_field()
    {
        var organisation = Organisation() with { Phone = new SourcedValueRecord("+33 (0)3 88 41 20 00", "contact", Today) };

        var error = Assert.Single(DatasetValidator.Validate(With(organisation), Today));

        Assert.Equal(("organisations/test-organisation.json", "organisation 'test-organisation'", "phone.value"),
            (error.File, error.Record, error.Field));
    }

    [Fact]
    public void Every_organisation_needs_an_audience_and_a_source()
    {
        var organisation = Organisation() with { Audiences = [], Sources = [], Phone = null };

        var fields = DatasetValidator.Validate(With(organisation), Today).Select(e => e.Field);

        Assert.Equal(["audiences", "sources"], fields.Order());
    }

    [Fact]
    public void A_fact_must_cite_a_declared_source()
    {
        var organisation = Organisation() with { Phone = new SourcedValueRecord("+33388412000", "nowhere", Today) };

        var error = Assert.Single(DatasetValidator.Validate(With(organisation), Today));

        Assert.Equal("phone.source", error.Field);
    }

    [Fact]
    public void A_fact_checked_in_the_future_is_refused()
    {
        var organisation = Organisation() with { Phone = new SourcedValueRecord("+33388412000", "contact", Today.AddDays(1)) };

        Assert.Equal("phone.asOf", Assert.Single(DatasetValidator.Validate(With(organisation), Today)).Field);
    }

    [Fact]
    public void Duplicate_slugs_are_reported_on_the_second_file()
    {
        var errors = DatasetValidator.Validate(With(Organisation("same"), Organisation("same")), Today);

        Assert.Contains(errors, e => e.Field == "slug" && e.Message.Contains("organisations/same.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_taxonomy_keys_and_countries_are_reported_by_position()
    {
        var organisation = Organisation() with { Type = "bank", Audiences = ["ngos", "bankers"], Countries = ["XX"] };

        var fields = DatasetValidator.Validate(With(organisation), Today).Select(e => e.Field);

        Assert.Equal(["audiences[1]", "countries[0]", "type"], fields.Order());
    }

    [Fact]
    public void A_parent_must_exist_and_the_chain_must_not_loop()
    {
        var a = Organisation("a") with { Parent = "b" };
        var b = Organisation("b") with { Parent = "a" };
        var orphan = Organisation("orphan") with { Parent = "missing" };

        var errors = DatasetValidator.Validate(With(a, b, orphan), Today);

        Assert.Equal(3, errors.Count(e => e.Field == "parent"));
    }

    [Fact]
    public void The_file_name_must_match_the_slug()
    {
        var dataset = With();
        dataset.Organisations.Add(new Located<OrganisationRecord>("organisations/other.json", Organisation("mine")));

        Assert.Equal("slug", Assert.Single(DatasetValidator.Validate(dataset, Today)).Field);
    }

    [Fact]
    public void A_section_needs_declared_sources_and_a_key_fit_for_an_html_id()
    {
        var organisation = Organisation() with
        {
            Sections =
            [
                new SectionRecord("ok-key", new LocalisedTextRecord("Title"), new LocalisedTextRecord("Body"), CseaHub.Web.Domain.Editorial.Visibility.Public, [], Today),
                new SectionRecord("Bad Key", new LocalisedTextRecord("Title"), new LocalisedTextRecord("Body"), CseaHub.Web.Domain.Editorial.Visibility.Public, ["nowhere"], Today),
            ],
        };

        var fields = DatasetValidator.Validate(With(organisation), Today).Select(e => e.Field);

        Assert.Equal(["sections[0].sources", "sections[1].key", "sections[1].sources[0]"], fields.Order());
    }

    [Fact]
    public void Values_longer_than_their_column_are_refused_on_every_provider()
    {
        var organisation = Organisation() with
        {
            Name = new LocalisedTextRecord(new string('n', 301)),
            Acronym = new string('A', 41),
            Summary = new LocalisedTextRecord("Summary", new string('s', 1001)),
        };

        var fields = DatasetValidator.Validate(With(organisation), Today).Select(e => e.Field);

        Assert.Equal(["acronym", "name.en", "summary.fr"], fields.Order());
    }

    [Fact]
    public void A_source_language_must_be_a_two_letter_code()
    {
        var organisation = Organisation() with
        {
            Sources = [new SourceRecord("contact", "Contact", "Publisher", "https://example.org/contact", Language: "French")],
        };

        Assert.Equal("sources[0].language", Assert.Single(DatasetValidator.Validate(With(organisation), Today)).Field);
    }

    [Fact]
    public void Links_and_sources_must_be_absolute_web_addresses()
    {
        var organisation = Organisation() with
        {
            Links = [new LinkRecord(CseaHub.Web.Domain.Organisations.LinkKind.Website, new LocalisedTextRecord("x"), "javascript:alert(1)")],
            Sources = [new SourceRecord("contact", "Contact", "Publisher", "/relative")],
        };

        var fields = DatasetValidator.Validate(With(organisation), Today).Select(e => e.Field);

        Assert.Equal(["links[0].url", "sources[0].url"], fields.Order());
    }
}
