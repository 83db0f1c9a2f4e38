using CseaHub.UnitTests.Resources;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Pages.Admin.Content;

namespace CseaHub.UnitTests.Pages.Admin.Content;

public sealed class FieldLabelsTests
{
    [Fact]
    public void Every_field_of_every_record_form_has_a_French_label()
    {
        var french = ResourceKeysTests.Keys("SharedResource.fr.resx");

        var names = DatasetFiles.Kinds.SelectMany(kind => NamesIn(RecordForm.Build(kind.ContentType, null))).Where(name => name.Length > 0).ToHashSet(StringComparer.Ordinal);

        Assert.True(names.Count > 50, $"only {names.Count} fields found");
        Assert.Empty(names.Where(name => !french.Contains("Field." + name)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_without_a_label_is_named_in_words()
    {
        Assert.Equal("Reviewed on", FieldLabels.Words("reviewedOn"));
    }

    private static IEnumerable<string> NamesIn(FormNode node) => node.Items.SelectMany(NamesIn).Prepend(node.Name);
}
