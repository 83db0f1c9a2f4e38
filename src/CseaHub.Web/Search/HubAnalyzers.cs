using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CseaHub.Web.Search;

/// <summary>
/// How text becomes terms. English and French fields are stemmed in their own language and folded to ASCII, so
/// "pédopornographie" and "pedopornographie" meet, and "solicitation"/"solicited" share a stem; the spell field keeps
/// whole words for typo tolerance.
/// </summary>
public static class HubAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new SpellAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleEn] = new EnglishFoldingAnalyzer(),
            [SearchFields.BodyEn] = new EnglishFoldingAnalyzer(),
            [SearchFields.TitleFr] = new FrenchFoldingAnalyzer(),
            [SearchFields.BodyFr] = new FrenchFoldingAnalyzer(),
        });

    private sealed class EnglishFoldingAnalyzer : Analyzer
    {
        // Lucene's English list is short; every word of a query must match, so question words and common prepositions
        // ("subscriber information from providers", "how do I…") must not count.
        private static readonly CharArraySet StopWords = new(Version, EnglishAnalyzer.DefaultStopSet
            .Concat(["from", "about", "what", "which", "who", "how", "when", "where", "under", "between", "against", "over", "via",
                "per", "can", "do", "does", "my", "our", "your", "we", "i", "you", "need", "get", "am"]).ToList(), true);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class FrenchFoldingAnalyzer : Analyzer
    {
        // Elided articles ("l'enfant", "d'enfants") are split off before stop words and stemming.
        private static readonly CharArraySet Articles = new(Version, ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], true);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new ElisionFilter(source, Articles);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
            stream = new ASCIIFoldingFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class SpellAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
