using CseaHub.Web.Pages.Admin.Content;

namespace CseaHub.UnitTests.Pages.Admin.Content;

public sealed class ContentDiffTests
{
    [Fact]
    public void A_change_shows_the_removed_and_added_lines_with_a_little_context_and_gaps_between()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 10", "line ten", StringComparison.Ordinal);

        var diff = ContentDiff.Compare(before, after);

        Assert.Equal(
            [DiffLineKind.Gap, DiffLineKind.Unchanged, DiffLineKind.Unchanged, DiffLineKind.Removed, DiffLineKind.Added, DiffLineKind.Unchanged, DiffLineKind.Unchanged, DiffLineKind.Gap],
            diff.Select(l => l.Kind));
        Assert.Equal("line 10", diff.Single(l => l.Kind == DiffLineKind.Removed).Text);
        Assert.Equal("line ten", diff.Single(l => l.Kind == DiffLineKind.Added).Text);
    }

    [Fact]
    public void Identical_versions_have_no_diff() => Assert.Empty(ContentDiff.Compare("a\nb", "a\nb"));

    [Fact]
    public void A_first_version_is_all_added() =>
        Assert.All(ContentDiff.Compare(null, "a\nb"), line => Assert.Equal(DiffLineKind.Added, line.Kind));

    [Theory]
    [InlineData("reviewedOn", "Reviewed on")]
    [InlineData("slug", "Slug")]
    [InlineData("openedForSignature", "Opened for signature")]
    public void A_field_without_a_translated_label_is_named_in_words(string name, string label) =>
        Assert.Equal(label, FieldLabels.Words(name));
}
