using CseaHub.Web.Domain.Editorial;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules one glossary term must meet: both languages named and defined, no name claimed twice.</summary>
internal sealed class GlossaryChecks(Located<GlossaryTermRecord> located, DateOnly today, Dictionary<string, string> namesSeen, List<DatasetError> errors)
{
    private readonly DatasetValidator.FieldChecks _checks = new(located.File, $"glossary term '{located.Record.Slug}'", errors);

    public void Run()
    {
        var t = located.Record;
        _checks.SlugNamesFile(t.Slug);
        _checks.NotInFuture(t.ReviewedOn, today, "reviewedOn");
        _checks.Sources(t.Sources);
        CheckLanguage(t.En, "en");
        CheckLanguage(t.Fr, "fr");
    }

    private void CheckLanguage(GlossaryLanguageRecord language, string field)
    {
        _checks.Required(language.Preferred, field + ".preferred");
        _checks.MaxLength(language.Preferred, FieldLengths.Label, field + ".preferred");
        _checks.Required(language.Definition, field + ".definition");
        _checks.MaxLength(language.Definition, FieldLengths.Summary, field + ".definition");
        var names = new[] { language.Preferred }.Concat(language.Alternatives ?? []).Concat(language.Discouraged ?? []);
        foreach (var (name, index) in names.Select((n, i) => (n, i)))
        {
            _checks.MaxLength(name, FieldLengths.Label, $"{field}.names[{index}]");
            // A name that leads to two concepts would make query expansion ambiguous; names are compared the way
            // expansion matches them.
            var key = IdentifierKey.Normalize(name);
            if (key.Length > 0 && !namesSeen.TryAdd(key, located.Record.Slug) && namesSeen[key] != located.Record.Slug)
            {
                _checks.Fail($"{field}.names[{index}]", $"'{name}' is already a name of the glossary term '{namesSeen[key]}'.");
            }
        }
    }
}
