using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.UnitTests.Domain.Editorial;

public sealed class PublicationRulesTests
{
    private static readonly Organisation[] Items =
    [
        Item("published-public", ContentStatus.Published, Visibility.Public),
        Item("published-professionals", ContentStatus.Published, Visibility.Professionals),
        Item("draft", ContentStatus.Draft, Visibility.Public),
        Item("in-review", ContentStatus.InReview, Visibility.Public),
        Item("archived", ContentStatus.Archived, Visibility.Public),
    ];

    [Fact]
    public void Anonymous_readers_see_only_published_public_items()
    {
        var visible = Items.AsQueryable().VisibleTo(Viewer.Anonymous).Select(i => i.Slug);

        Assert.Equal(["published-public"], visible);
    }

    [Fact]
    public void Vetted_professionals_also_see_professionals_only_items_but_never_unpublished_ones()
    {
        var visible = Items.AsQueryable().VisibleTo(new Viewer(IsVettedProfessional: true)).Select(i => i.Slug);

        Assert.Equal(["published-public", "published-professionals"], visible);
    }

    [Fact]
    public void A_source_cited_only_by_a_hidden_section_is_hidden_too()
    {
        (string, Visibility)[] citations =
        [
            ("phone-page", Visibility.Public),
            ("shared", Visibility.Public),
            ("shared", Visibility.Professionals),
            ("operational", Visibility.Professionals),
        ];

        Assert.Equal(["operational"], PublicationRules.SourcesHiddenFrom(Viewer.Anonymous, citations));
        Assert.Empty(PublicationRules.SourcesHiddenFrom(new Viewer(IsVettedProfessional: true), citations));
    }

    [Fact]
    public void Restricted_parts_and_gap_notes_are_for_vetted_readers_only()
    {
        var parts = new[] { new OrganisationLink { Visibility = Visibility.Public }, new OrganisationLink { Visibility = Visibility.Professionals } };
        string[] gaps = ["No phone found."];

        Assert.Single(parts.VisibleTo(Viewer.Anonymous));
        Assert.Equal(2, parts.VisibleTo(new Viewer(IsVettedProfessional: true)).Count);
        Assert.Empty(gaps.GapsVisibleTo(Viewer.Anonymous));
        Assert.Equal(gaps, gaps.GapsVisibleTo(new Viewer(IsVettedProfessional: true)));
    }

    private static Organisation Item(string slug, ContentStatus status, Visibility visibility) =>
        new() { Slug = slug, Status = status, Visibility = visibility };
}
