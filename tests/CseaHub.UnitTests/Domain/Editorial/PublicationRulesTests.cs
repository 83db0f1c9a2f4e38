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

    private static Organisation Item(string slug, ContentStatus status, Visibility visibility) =>
        new() { Slug = slug, Status = status, Visibility = visibility };
}
