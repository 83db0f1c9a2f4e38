using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using static CseaHub.UnitTests.Data.DatasetLoader.DatasetBuilder;

namespace CseaHub.UnitTests.Data.DatasetLoader;

public sealed class OrganisationMapperTests
{
    [Fact]
    public void The_public_part_leaves_out_hidden_sections_links_their_sources_and_gap_notes()
    {
        var record = Organisation() with
        {
            Sections =
            [
                new SectionRecord("public", new LocalisedTextRecord("Open"), new LocalisedTextRecord("Body"), Visibility.Public, ["contact"], Today),
                new SectionRecord("restricted", new LocalisedTextRecord("Closed"), new LocalisedTextRecord("Body"), Visibility.Professionals, ["secret"], Today),
            ],
            Links = [new LinkRecord(LinkKind.Website, new LocalisedTextRecord("Closed"), "https://example.org/closed", Visibility.Professionals)],
            Sources =
            [
                new SourceRecord("contact", "Contact", "Publisher", "https://example.org/contact"),
                new SourceRecord("secret", "Secret", "Publisher", "https://example.org/secret"),
            ],
            Gaps = ["A note about the restricted section."],
        };

        var visible = OrganisationMapper.PublicPart(record);

        Assert.Equal(["public"], visible.Sections.Select(s => s.Key));
        Assert.Empty(visible.Links);
        Assert.Equal(["contact"], visible.Sources.Select(s => s.Id));
        Assert.Empty(visible.Gaps);
    }

    [Fact]
    public void Editing_only_a_hidden_section_leaves_the_public_fingerprint_unchanged()
    {
        var section = new SectionRecord("restricted", new LocalisedTextRecord("Closed"), new LocalisedTextRecord("Before"), Visibility.Professionals, ["contact"], Today);
        var before = Organisation() with { Sections = [section] };
        var after = Organisation() with { Sections = [section with { Body = new LocalisedTextRecord("After") }] };

        Assert.Equal(RecordHash.Of(OrganisationMapper.PublicPart(before)), RecordHash.Of(OrganisationMapper.PublicPart(after)));
        Assert.NotEqual(RecordHash.Of(before), RecordHash.Of(after));
    }
}
