using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Glossary;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between a glossary record and the entity, both ways.</summary>
internal static class GlossaryMapper
{
    public static void Apply(GlossaryTermRecord record, GlossaryTerm term)
    {
        term.Status = record.Status;
        term.Visibility = record.Visibility;
        term.Preferred = new LocalisedText(record.En.Preferred.Trim(), record.Fr.Preferred.Trim());
        term.Definition = new LocalisedText(record.En.Definition.Trim(), record.Fr.Definition.Trim());
        term.AlternativesEn = Trimmed(record.En.Alternatives);
        term.AlternativesFr = Trimmed(record.Fr.Alternatives);
        term.DiscouragedEn = Trimmed(record.En.Discouraged);
        term.DiscouragedFr = Trimmed(record.Fr.Discouraged);
        term.LegalAnchors = [.. record.LegalAnchors];
        OrganisationMapper.Replace(term.Sources, record.Sources.Select(s => s.ToReference()));
        term.Gaps = [.. record.Gaps];
        term.ReviewedOn = record.ReviewedOn;
    }

    public static GlossaryTermRecord ToRecord(GlossaryTerm t) => new()
    {
        Slug = t.Slug,
        Status = t.Status,
        Visibility = t.Visibility,
        En = new GlossaryLanguageRecord(t.Preferred.En, t.Definition.En, OrNull(t.AlternativesEn), OrNull(t.DiscouragedEn)),
        Fr = new GlossaryLanguageRecord(t.Preferred.Fr, t.Definition.Fr, OrNull(t.AlternativesFr), OrNull(t.DiscouragedFr)),
        LegalAnchors = t.LegalAnchors,
        ReviewedOn = t.ReviewedOn,
        Sources = [.. t.Sources.Select(SourceRecord.From)],
        Gaps = t.Gaps,
    };

    private static List<string> Trimmed(IReadOnlyList<string>? names) => [.. (names ?? []).Select(n => n.Trim())];

    private static List<string>? OrNull(List<string> names) => names.Count == 0 ? null : names;
}
