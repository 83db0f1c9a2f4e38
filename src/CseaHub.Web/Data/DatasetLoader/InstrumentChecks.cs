using System.Text.RegularExpressions;
using CseaHub.Web.Domain.Instruments;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules one instrument record and its party rows must meet before they are loaded.</summary>
internal sealed partial class InstrumentChecks(
    Located<InstrumentRecord> located,
    DatasetValidator.Vocabulary vocabulary,
    IReadOnlySet<string> organisationSlugs,
    List<DatasetError> errors)
{
    private readonly InstrumentRecord _instrument = located.Record;
    private readonly DatasetValidator.FieldChecks _checks = new(located.File, $"instrument '{located.Record.Slug}'", errors);

    public void Run()
    {
        var i = _instrument;
        _checks.SlugNamesFile(i.Slug);

        _checks.Text(i.Title, FieldLengths.Title, "title");
        _checks.Text(i.ShortName, FieldLengths.Name, "shortName");
        _checks.Text(i.Summary, FieldLengths.Summary, "summary");
        _checks.MaxLength(i.Reference, FieldLengths.Name, "reference");
        foreach (var (alias, index) in i.Aliases.Select((a, n) => (a, n)))
        {
            _checks.Required(alias, $"aliases[{index}]");
            _checks.MaxLength(alias, FieldLengths.Acronym, $"aliases[{index}]");
        }

        _checks.MaxLength(i.OpenedAt, FieldLengths.Locality, "openedAt");
        _checks.NotInFuture(i.ReviewedOn, vocabulary.Today, "reviewedOn");
        KnownOrganisation(i.Owner, "owner");
        KnownOrganisation(i.MonitoringBody, "monitoringBody");
        _checks.OptionalWebAddress(i.OfficialText, "officialText");
        _checks.OptionalWebAddress(i.ReservationsAndDeclarations, "reservationsAndDeclarations");

        var sources = _checks.Sources(i.Sources);
        _checks.SourcedDate(i.Adopted, sources, vocabulary.Today, "adopted");
        _checks.SourcedDate(i.OpenedForSignature, sources, vocabulary.Today, "openedForSignature");
        // A text can be scheduled to enter into force or apply later; it cannot have been adopted or opened later.
        _checks.SourcedDate(i.EntryIntoForce, sources, vocabulary.Today, "entryIntoForce", mayBeFuture: true);
        _checks.SourcedDate(i.ApplicableFrom, sources, vocabulary.Today, "applicableFrom", mayBeFuture: true);
        if (i is { Adopted: { } adopted, OpenedForSignature: { } opening } && opening.Date < adopted.Date)
        {
            _checks.Fail("openedForSignature.date", $"The instrument opens for signature before it was adopted.");
        }
        if (i is { OpenedForSignature: { } opened, EntryIntoForce: { } inForce } && inForce.Date < opened.Date)
        {
            _checks.Fail("entryIntoForce.date", $"The instrument enters into force before it was opened for signature.");
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (article, index) in i.Articles.Select((a, n) => (a, n)))
        {
            CheckArticle(article, $"articles[{index}]", sources, numbers);
        }

        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (party, index) in i.Parties.Select((p, n) => (p, n)))
        {
            CheckParty(party, $"parties[{index}]", countries);
        }
    }

    private void CheckArticle(ArticleRecord article, string field, HashSet<string> sources, HashSet<string> seen)
    {
        if (!ArticleNumber().IsMatch(article.Number))
        {
            _checks.Fail(field + ".number", $"'{article.Number}' is not an article number such as 9 or 23bis.");
        }

        if (!seen.Add(article.Number))
        {
            _checks.Fail(field + ".number", $"Article {article.Number} appears twice.");
        }

        _checks.Text(article.Title, FieldLengths.Title, field + ".title");
        _checks.Text(article.Summary, null, field + ".summary");
        _checks.Cites(article.Sources, sources, article.AsOf, vocabulary.Today, field);
    }

    private void CheckParty(PartyRecord party, string field, HashSet<string> seen)
    {
        if (!vocabulary.Countries.Contains(party.Country))
        {
            _checks.Fail(field + ".country", $"'{party.Country}' is not a known country.");
        }

        if (!seen.Add(party.Country))
        {
            _checks.Fail(field + ".country", $"{party.Country} has two rows.");
        }

        if (party.Sources.Count == 0)
        {
            _checks.Fail(field + ".sources", $"Every party row needs the sources it was compiled from.");
        }

        foreach (var (url, index) in party.Sources.Select((u, n) => (u, n)))
        {
            _checks.WebAddress(url, $"{field}.sources[{index}]");
        }

        _checks.Required(party.StatusAsOf, field + ".statusAsOf");
        _checks.MaxLength(party.StatusAsOf, FieldLengths.Summary, field + ".statusAsOf");
        _checks.MaxLength(party.Reservations, FieldLengths.Summary, field + ".reservations");
        foreach (var (date, name) in new[] { (party.Signature, "signature"), (party.Ratification, "ratification") })
        {
            if (date is { } value)
            {
                _checks.NotInFuture(value, vocabulary.Today, $"{field}.{name}");
            }
        }

        // Dates follow the treaty's own order: signature, then ratification, then entry into force.
        if (party is { Signature: { } signed, Ratification: { } ratified } && ratified < signed)
        {
            _checks.Fail(field + ".ratification", $"Ratification comes before signature.");
        }

        if ((party.Ratification ?? party.Signature) is { } before && party.EntryIntoForce is { } inForce && inForce < before)
        {
            _checks.Fail(field + ".entryIntoForce", $"Entry into force comes before ratification or signature.");
        }

        var bound = party.Ratification is not null || party.EntryIntoForce is not null;
        if (party.Status != PartyStatus.Ratified && bound)
        {
            _checks.Fail(field + ".status", $"A row with a ratification or entry-into-force date must have the status 'ratified'.");
        }

        if (party.Accession && party.Signature is not null)
        {
            _checks.Fail(field + ".accession", $"A state that acceded did not sign first; an accession row has no signature date.");
        }

        if (party.Status == PartyStatus.Listed && party.Signature is not null)
        {
            _checks.Fail(field + ".status", $"A row with a signature date is at least 'signatory'.");
        }

        if (party.ReservationEffects.Count > 0 && string.IsNullOrWhiteSpace(party.Reservations))
        {
            _checks.Fail(field + ".reservationEffects", $"Effects need the 'reservations' text they are read from.");
        }

        foreach (var (effect, index) in party.ReservationEffects.Select((e, n) => (e, n)))
        {
            ArticleNumbers(effect.Articles, $"{field}.reservationEffects[{index}].articles");
        }
    }

    /// <summary>A non-empty list of well-formed article numbers (they may name articles the file does not describe).</summary>
    internal static void ArticleNumbers(IReadOnlyList<string> numbers, string field, DatasetValidator.FieldChecks checks)
    {
        if (numbers.Count == 0)
        {
            checks.Fail(field, $"Name at least one article.");
        }

        foreach (var (number, index) in numbers.Select((a, n) => (a, n)))
        {
            if (!ArticleNumber().IsMatch(number))
            {
                checks.Fail($"{field}[{index}]", $"'{number}' is not an article number such as 9 or 23bis.");
            }
        }
    }

    private void ArticleNumbers(IReadOnlyList<string> numbers, string field) => ArticleNumbers(numbers, field, _checks);

    private void KnownOrganisation(string? slug, string field)
    {
        if (slug is not null && !organisationSlugs.Contains(slug))
        {
            _checks.Fail(field, $"No organisation has the slug '{slug}'.");
        }
    }

    [GeneratedRegex("^[0-9]{1,4}[a-z]{0,6}$")]
    private static partial Regex ArticleNumber();
}
