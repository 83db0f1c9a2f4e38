using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using static CseaHub.UnitTests.Data.DatasetLoader.DatasetBuilder;

namespace CseaHub.UnitTests.Data.DatasetLoader;

public sealed class CooperationChecksTests
{
    [Fact]
    public void A_valid_route_has_no_errors()
    {
        Assert.Empty(Validate(Route()));
    }

    [Fact]
    public void A_route_names_known_measures_instruments_documents_and_organisations()
    {
        var route = Route() with
        {
            Instrument = "nothing",
            Measures = ["preservation", "teleportation", "preservation"],
            Documents = ["no-such-document"],
            Organisations = ["nobody"],
            Authorities = new RouteAuthoritiesRecord([AuthorityRole.CentralAuthority], "elsewhere"),
        };

        Assert.Equal(
            ["authorities.instrument", "documents[0]", "instrument", "measures", "measures[1]", "organisations[0]"],
            Validate(route).Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_route_rests_on_articles_and_gives_at_least_one_measure()
    {
        var route = Route() with { Articles = [], Measures = [], Rank = -1 };

        Assert.Equal(["articles", "measures", "rank"], Validate(route).Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_EU_routes_list_states_outside_them_and_each_exclusion_cites_a_source()
    {
        var treaty = Route() with { NotBound = [new RouteExclusionRecord("FR", "treaty")] };
        var eu = Route() with { Binding = RouteBinding.BothEuMembers, NotBound = [new RouteExclusionRecord("XX", "unknown")] };

        Assert.Equal("notBound", Assert.Single(Validate(treaty)).Field);
        Assert.Equal(["notBound[0].country", "notBound[0].source"], Validate(eu).Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_state_listed_twice_outside_an_EU_route_is_refused()
    {
        var route = Route() with
        {
            Binding = RouteBinding.BothEuMembers,
            NotBound = [new RouteExclusionRecord("FR", "treaty"), new RouteExclusionRecord("FR", "treaty")],
        };

        var error = Assert.Single(Validate(route));

        Assert.Equal("notBound", error.Field);
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_keys_are_unique_and_labelled()
    {
        var dataset = Dataset(Route());
        dataset.Measures.Add(new Located<CooperationMeasureRecord>(
            Web.Data.DatasetLoader.Dataset.MeasuresFile, new CooperationMeasureRecord("preservation", new LocalisedTextRecord("Again"), new LocalisedTextRecord("Again."))));
        dataset.Measures.Add(new Located<CooperationMeasureRecord>(
            Web.Data.DatasetLoader.Dataset.MeasuresFile, new CooperationMeasureRecord("Bad Key", new LocalisedTextRecord(""), new LocalisedTextRecord("x"))));

        Assert.Equal(
            ["measure 'Bad Key'.key", "measure 'Bad Key'.label.en", "measure 'preservation'.key"],
            DatasetValidator.Validate(dataset, Today).Select(e => $"{e.Record}.{e.Field}").Order(StringComparer.Ordinal));
    }

    private static CooperationRouteRecord Route() => new()
    {
        Slug = "test-route",
        Instrument = "test-instrument",
        Articles = ["29"],
        Measures = ["preservation"],
        Rank = 10,
        Binding = RouteBinding.BothParties,
        Channel = RouteChannel.ContactPoint247,
        Status = ContentStatus.Published,
        Visibility = Visibility.Public,
        Summary = new LocalisedTextRecord("A route."),
        Requirements = new LocalisedTextRecord("What is needed."),
        ReviewedOn = Today,
        Sources = [new SourceRecord("treaty", "Treaty text", "Publisher", "https://example.org/treaty")],
    };

    private static Dataset Dataset(CooperationRouteRecord route)
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
            ReviewedOn = Today,
            Sources = [new SourceRecord("treaty", "Treaty page", "Publisher", "https://example.org/treaty")],
        }));
        dataset.Measures.Add(new Located<CooperationMeasureRecord>(
            Web.Data.DatasetLoader.Dataset.MeasuresFile,
            new CooperationMeasureRecord("preservation", new LocalisedTextRecord("Preservation"), new LocalisedTextRecord("Freeze data."))));
        dataset.Routes.Add(new Located<CooperationRouteRecord>($"cooperation/routes/{route.Slug}.json", route));
        return dataset;
    }

    private static IReadOnlyList<DatasetError> Validate(CooperationRouteRecord route) => DatasetValidator.Validate(Dataset(route), Today);
}
