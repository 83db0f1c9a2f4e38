using CseaHub.Web.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace CseaHub.UnitTests.Search;

public sealed class HubAnalyzersTests
{
    [Theory]
    [InlineData(SearchFields.BodyFr, "pédopornographie", "pedopornographie")]
    [InlineData(SearchFields.BodyFr, "sollicitation d'enfants", "sollicitations des enfants")]
    [InlineData(SearchFields.BodyEn, "solicitation of children", "solicitations of the children")]
    [InlineData(SearchFields.BodyEn, "the Committee's opinions", "committee opinion")]
    public void Accents_elisions_plurals_and_stop_words_do_not_separate_the_same_words(string field, string written, string searched)
    {
        Assert.Equal(Terms(field, written), Terms(field, searched));
    }

    [Fact]
    public void The_spell_field_keeps_whole_words_for_typo_tolerance()
    {
        Assert.Equal(["solicitation", "of", "children"], Terms(SearchFields.Spell, "Solicitation of children"));
    }

    private static List<string> Terms(string field, string text)
    {
        using var stream = SearchIndex.Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
