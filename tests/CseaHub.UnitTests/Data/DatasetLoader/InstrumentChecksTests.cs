using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using static CseaHub.UnitTests.Data.DatasetLoader.DatasetBuilder;

namespace CseaHub.UnitTests.Data.DatasetLoader;

public sealed class InstrumentChecksTests
{
    [Fact]
    public void A_valid_instrument_has_no_errors()
    {
        Assert.Empty(Validate(Instrument()));
    }

    [Fact]
    public void Party_dates_must_follow_signature_then_ratification_then_entry_into_force()
    {
        var instrument = Instrument(Party() with
        {
            Signature = new DateOnly(2010, 5, 1),
            Ratification = new DateOnly(2009, 1, 1),
            EntryIntoForce = new DateOnly(2008, 1, 1),
        });

        Assert.Equal(["parties[0].entryIntoForce", "parties[0].ratification"], Validate(instrument).Select(e => e.Field).Order());
    }

    [Fact]
    public void A_row_with_a_ratification_date_must_say_ratified()
    {
        var instrument = Instrument(Party() with { Status = PartyStatus.Signatory, Ratification = new DateOnly(2010, 12, 1) });

        Assert.Equal("parties[0].status", Assert.Single(Validate(instrument)).Field);
    }

    [Fact]
    public void Every_party_row_is_sourced_and_names_a_known_country_once()
    {
        var instrument = Instrument(Party() with { Sources = [] }, Party() with { Country = "XX" }, Party());

        var fields = Validate(instrument).Select(e => e.Field).Order();

        Assert.Equal(["parties[0].sources", "parties[1].country", "parties[2].country"], fields);
    }

    [Fact]
    public void Owner_and_monitoring_body_must_be_organisations_of_the_dataset()
    {
        var instrument = Instrument() with { Owner = "nobody", MonitoringBody = "test-organisation" };

        Assert.Equal("owner", Assert.Single(Validate(instrument)).Field);
    }

    [Fact]
    public void An_instrument_cannot_enter_into_force_before_it_opens()
    {
        var instrument = Instrument() with
        {
            OpenedForSignature = new SourcedDateRecord(new DateOnly(2007, 10, 25), "treaty", Today),
            EntryIntoForce = new SourcedDateRecord(new DateOnly(2007, 1, 1), "treaty", Today),
        };

        Assert.Equal("entryIntoForce.date", Assert.Single(Validate(instrument)).Field);
    }

    [Fact]
    public void Articles_need_a_number_a_title_and_declared_sources_and_appear_once()
    {
        var instrument = Instrument() with
        {
            Articles =
            [
                new ArticleRecord("9", new LocalisedTextRecord("Offences"), new LocalisedTextRecord("Summary"), ["treaty"], Today),
                new ArticleRecord("9", new LocalisedTextRecord("Again"), new LocalisedTextRecord("Summary"), ["treaty"], Today),
                new ArticleRecord("Art. 10", new LocalisedTextRecord(""), new LocalisedTextRecord("Summary"), ["nowhere"], Today),
            ],
        };

        var fields = Validate(instrument).Select(e => e.Field).Order();

        Assert.Equal(["articles[1].number", "articles[2].number", "articles[2].sources[0]", "articles[2].title.en"], fields);
    }

    [Fact]
    public void Reservation_effects_need_the_reservation_text_and_well_formed_articles()
    {
        var effect = new ReservationEffectRecord(["29", "4(a)"], ReservationEffectKind.Limits, ReservationSide.Requested);
        var instrument = Instrument(Party() with { ReservationEffects = [effect] });

        Assert.Equal(
            ["parties[0].reservationEffects", "parties[0].reservationEffects[0].articles[1]"],
            Validate(instrument).Select(e => e.Field).Order());
    }

    private static PartyRecord Party() => new()
    {
        Country = "FR",
        Status = PartyStatus.Ratified,
        Signature = new DateOnly(2007, 10, 25),
        Ratification = new DateOnly(2010, 8, 27),
        EntryIntoForce = new DateOnly(2011, 1, 1),
        Sources = ["https://example.org/chart"],
        StatusAsOf = "2026-11-28",
    };

    private static InstrumentRecord Instrument(params PartyRecord[] parties) => new()
    {
        Slug = "test-instrument",
        Title = new LocalisedTextRecord("Test convention"),
        ShortName = new LocalisedTextRecord("Test"),
        Kind = InstrumentKind.Convention,
        Status = ContentStatus.Published,
        Visibility = Visibility.Public,
        Summary = new LocalisedTextRecord("A summary."),
        Parties = parties,
        ReviewedOn = Today,
        Sources = [new SourceRecord("treaty", "Treaty page", "Publisher", "https://example.org/treaty")],
    };

    private static IReadOnlyList<DatasetError> Validate(InstrumentRecord instrument)
    {
        var dataset = With(Organisation());
        dataset.Instruments.Add(new Located<InstrumentRecord>($"instruments/{instrument.Slug}.json", instrument));
        return DatasetValidator.Validate(dataset, Today);
    }
}
