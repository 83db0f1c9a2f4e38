using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;

namespace CseaHub.UnitTests.Data.DatasetLoader;

/// <summary>A small valid dataset that each test bends in exactly one place.</summary>
internal static class DatasetBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    public static OrganisationRecord Organisation(string slug = "test-organisation") => new()
    {
        Slug = slug,
        Name = new LocalisedTextRecord("Test organisation"),
        Type = "ngo",
        Status = ContentStatus.Published,
        Visibility = Visibility.Public,
        Summary = new LocalisedTextRecord("A summary."),
        Description = new LocalisedTextRecord("A description."),
        Audiences = ["ngos"],
        Countries = ["FR"],
        Phone = new SourcedValueRecord("+33388412000", "contact", Today),
        ReviewedOn = Today,
        Sources = [new SourceRecord("contact", "Contact", "Publisher", "https://example.org/contact")],
    };

    public static Dataset With(params OrganisationRecord[] organisations)
    {
        var dataset = new Dataset();
        dataset.OrganisationTypes.Add(new Located<TermRecord>(Dataset.OrganisationTypesFile, new TermRecord("ngo", new LocalisedTextRecord("NGO"))));
        dataset.Audiences.Add(new Located<TermRecord>(Dataset.AudiencesFile, new TermRecord("ngos", new LocalisedTextRecord("NGOs"))));
        dataset.Topics.Add(new Located<TermRecord>(Dataset.TopicsFile, new TermRecord("prevention", new LocalisedTextRecord("Prevention"))));
        dataset.Countries.Add(new Located<CountryRecord>(Dataset.CountriesFile, new CountryRecord("FR", new LocalisedTextRecord("France"))));
        foreach (var organisation in organisations)
        {
            dataset.Organisations.Add(new Located<OrganisationRecord>($"organisations/{organisation.Slug}.json", organisation));
        }

        return dataset;
    }
}
