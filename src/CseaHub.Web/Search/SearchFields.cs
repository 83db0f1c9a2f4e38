using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Search;

/// <summary>The fields of the search index. Text is indexed per language; facets are doc-values fields.</summary>
public static class SearchFields
{
    /// <summary>Unique per Lucene document: the entry's id plus its view.</summary>
    public const string Id = "id";

    /// <summary>The content item the entry was built from ("organisation:europol"): every entry of an item is replaced together.</summary>
    public const string Owner = "owner";

    /// <summary>Who may see the entry: <see cref="PublicView"/> and/or <see cref="ProfessionalView"/>.</summary>
    public const string View = "view";

    public const string PublicView = "public";
    public const string ProfessionalView = "professional";

    public const string Url = "url";
    public const string TitleEn = "title_en";
    public const string TitleFr = "title_fr";
    public const string BodyEn = "body_en";
    public const string BodyFr = "body_fr";

    /// <summary>Acronyms and references, normalised by <see cref="Domain.Editorial.IdentifierKey"/>, matched whole.</summary>
    public const string Identifier = "identifier";

    /// <summary>Unstemmed words of every text field of entries the public may find, for typo tolerance and "did you mean".</summary>
    public const string Spell = "spell";

    /// <summary>
    /// The same for entries only professionals may find, kept apart: a typo is corrected from the words the reader may
    /// find, never into a word of a professionals-only entry for anybody else.
    /// </summary>
    public const string ProfessionalSpell = "spell_professional";

    /// <summary>A day number for recency, newest first when scores tie.</summary>
    public const string Date = "date";

    /// <summary>The spelling fields whose words a reader may be offered.</summary>
    public static IReadOnlyList<string> SpellFor(Viewer viewer) => viewer.IsVettedProfessional ? [Spell, ProfessionalSpell] : [Spell];

    public static string Facet(string dimension) => "facet_" + dimension;

    public static string Title(string language) => language == "fr" ? TitleFr : TitleEn;

    public static string Body(string language) => language == "fr" ? BodyFr : BodyEn;
}

/// <summary>The facet dimensions, in the order a results page shows them.</summary>
public static class SearchFacets
{
    public const string Type = "type";
    public const string Kind = "kind";
    public const string Body = "body";
    public const string Instrument = "instrument";
    public const string Country = "country";
    public const string Topic = "topic";
    public const string Audience = "audience";
    public const string Year = "year";

    public static IReadOnlyList<string> All { get; } = [Type, Kind, Body, Instrument, Country, Topic, Audience, Year];
}

/// <summary>The kinds of result.</summary>
public static class SearchTypes
{
    public const string Organisation = "organisation";
    public const string Instrument = "instrument";
    public const string Article = "article";
    public const string Document = "document";
    public const string Country = "country";
    public const string Round = "round";
    public const string Finding = "finding";
    public const string Term = "term";

    public static IReadOnlyList<string> All { get; } = [Organisation, Instrument, Article, Document, Country, Round, Finding, Term];
}
