using System.Diagnostics;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Search;

/// <summary>Every change reaches search within a second, through the change feed; restricted content never reaches anonymous searches.</summary>
public sealed class SearchFreshnessTests(HubAppFactory hub)
{
    // Generous for a loaded CI machine; the indexer polls the feed every 200 ms.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Created_renamed_unpublished_and_deleted_content_is_reflected_within_a_second()
    {
        await hub.SearchCaughtUpAsync(); // An index built, as on every node that takes traffic: the clock starts at the change.
        var word = SearchProbe.UniqueWord();
        var slug = await hub.AddOrganisationAsync($"Observatory {word}");
        await hub.UntilTotalAsync(word, 1, Deadline);

        var renamed = SearchProbe.UniqueWord();
        await hub.WithDatabaseAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
            organisation.Name = new LocalisedText($"Observatory {renamed}");
            organisation.Summary = new LocalisedText("Summary of the renamed observatory.");
            organisation.Description = new LocalisedText("Description of the renamed observatory.");
            organisation.UpdatedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });
        await hub.UntilTotalAsync(renamed, 1, Deadline);
        await hub.UntilTotalAsync(word, 0, Deadline);

        await hub.WithDatabaseAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Slug == slug)).Status = ContentStatus.Draft;
            await db.SaveChangesAsync();
        });
        await hub.UntilTotalAsync(renamed, 0, Deadline);

        await hub.WithDatabaseAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
            organisation.Status = ContentStatus.Published;
            await db.SaveChangesAsync();
        });
        await hub.UntilTotalAsync(renamed, 1, Deadline);

        await hub.WithDatabaseAsync(async db =>
        {
            db.Organisations.Remove(await db.Organisations.Include(o => o.Audiences).Include(o => o.Countries).SingleAsync(o => o.Slug == slug));
            await db.SaveChangesAsync();
        });
        await hub.UntilTotalAsync(renamed, 0, Deadline);
    }

    [Fact]
    public async Task A_professionals_only_organisation_is_never_found_nor_counted_by_anonymous_searches()
    {
        var word = SearchProbe.UniqueWord();
        await hub.AddOrganisationAsync($"Task force {word}", visibility: Visibility.Professionals);
        await hub.SearchCaughtUpAsync();

        var anonymous = await hub.CreateClient().SearchAsync(word);
        var professional = await hub.CreateClientAs(HubRoles.Professional).SearchAsync(word);

        Assert.Equal(0, anonymous.GetProperty("total").GetInt32());
        Assert.All(anonymous.GetProperty("facets").EnumerateObject(), facet => Assert.Empty(facet.Value.EnumerateArray()));
        Assert.Equal(1, professional.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Words_only_in_a_professionals_only_section_find_nothing_for_anonymous_readers()
    {
        var word = SearchProbe.UniqueWord();
        var slug = await hub.AddOrganisationWithProfessionalsDeskAsync("Sectioned organisation", word);
        await hub.SearchCaughtUpAsync();

        Assert.Equal(0, (await hub.CreateClient().SearchAsync(word)).GetProperty("total").GetInt32());
        var professional = await hub.CreateClientAs(HubRoles.Professional).SearchAsync(word);
        Assert.Equal($"/organisations/{slug}", professional.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.Equal(1, (await hub.CreateClient().SearchAsync("Sectioned organisation")).GetProperty("results").EnumerateArray()
            .Count(r => r.GetProperty("url").GetString() == $"/organisations/{slug}"));
    }

    [Fact]
    public async Task A_renamed_topic_shows_its_new_label_in_the_facets_within_a_second()
    {
        await hub.SearchCaughtUpAsync();
        var word = SearchProbe.UniqueWord();
        var topic = await hub.AddTopicAsync();
        await hub.AddOrganisationAsync($"Observatory {word}", topic: topic);
        await hub.UntilTotalAsync(word, 1, Deadline);
        Assert.Equal($"Test topic {topic}", await TopicLabelAsync(word, topic));

        await hub.WithDatabaseAsync(async db =>
        {
            (await db.Topics.SingleAsync(t => t.Key == topic)).Label = new LocalisedText("Renamed topic " + word);
            await db.SaveChangesAsync();
        });

        var watch = Stopwatch.StartNew();
        while (await TopicLabelAsync(word, topic) != "Renamed topic " + word && watch.Elapsed < Deadline)
        {
            await Task.Delay(25);
        }

        Assert.Equal("Renamed topic " + word, await TopicLabelAsync(word, topic));
    }

    [Fact]
    public async Task A_renamed_body_shows_its_new_name_in_the_facets_and_one_made_professional_leaves_anonymous_facets()
    {
        await hub.SearchCaughtUpAsync();
        var word = SearchProbe.UniqueWord();
        var body = await hub.AddOrganisationAsync($"Committee {word}");
        await hub.AddLibraryDocumentAsync($"Report {word}", issuedBy: body);
        await hub.UntilTotalAsync(word, 2, Deadline);
        Assert.Equal($"Committee {word}", await BodyLabelAsync(word, body));

        await ChangeOrganisationAsync(body, o => o.Name = new LocalisedText("Renamed committee " + word));
        Assert.Equal("Renamed committee " + word, await BodyLabelWithinDeadlineAsync(word, body, "Renamed committee " + word));

        await ChangeOrganisationAsync(body, o => o.Visibility = Visibility.Professionals);
        Assert.Null(await BodyLabelWithinDeadlineAsync(word, body, expected: null));
        var filtered = await hub.CreateClient().GetAsync($"/api/v1/search?q={word}&body={body}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, filtered.StatusCode);
        Assert.DoesNotContain("Renamed committee", await filtered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task ChangeOrganisationAsync(string slug, Action<Organisation> change) =>
        await hub.WithDatabaseAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
            change(organisation);
            organisation.UpdatedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

    private async Task<string?> BodyLabelWithinDeadlineAsync(string word, string body, string? expected)
    {
        var watch = Stopwatch.StartNew();
        var label = await BodyLabelAsync(word, body);
        while (label != expected && watch.Elapsed < Deadline)
        {
            await Task.Delay(25);
            label = await BodyLabelAsync(word, body);
        }

        return label;
    }

    private async Task<string?> BodyLabelAsync(string word, string body) =>
        (await hub.CreateClient().SearchAsync(word)).GetProperty("facets").GetProperty("body").EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == body).Select(f => f.GetProperty("label").GetString()).SingleOrDefault();

    private async Task<string?> TopicLabelAsync(string word, string topic) =>
        (await hub.CreateClient().SearchAsync(word)).GetProperty("facets").GetProperty("topic").EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == topic).Select(f => f.GetProperty("label").GetString()).SingleOrDefault();
}
