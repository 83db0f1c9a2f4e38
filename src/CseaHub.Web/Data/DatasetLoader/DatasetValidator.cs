using System.Net.Mail;
using System.Text.RegularExpressions;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// Checks a whole dataset before anything is written: keys and references resolve, every fact names a declared
/// source, phone numbers are E.164, dates are not in the future. Returns every error, not just the first.
/// </summary>
public static partial class DatasetValidator
{
    /// <summary>
    /// Validates every record of <paramref name="dataset"/>; its records may also name the organisations and documents
    /// in <paramref name="outside"/> (an import's streamed files, the hub's own).
    /// </summary>
    public static IReadOnlyList<DatasetError> Validate(Dataset dataset, DateOnly today, RecordsOutside? outside = null)
    {
        var errors = new List<DatasetError>();
        var scope = ScopeOf(dataset, today, outside ?? RecordsOutside.None, errors);
        DuplicateSlugs(dataset.Organisations, o => o.Slug, "organisation", errors);
        foreach (var located in dataset.Organisations)
        {
            scope.Check(located, errors);
        }

        DuplicateSlugs(dataset.Instruments, i => i.Slug, "instrument", errors);
        foreach (var located in dataset.Instruments)
        {
            new InstrumentChecks(located, scope.Vocabulary, scope.References.Organisations, errors).Run();
        }

        DuplicateSlugs(dataset.MonitoringRounds, r => r.Slug, "monitoring round", errors);
        foreach (var located in dataset.MonitoringRounds)
        {
            new MonitoringChecks(located, scope.Vocabulary, scope.References, errors).Run();
        }

        DuplicateSlugs(dataset.Documents, d => d.Slug, "document", errors);
        foreach (var located in dataset.Documents)
        {
            scope.Check(located, errors);
        }

        DuplicateSlugs(dataset.Authorities, a => a.Slug, "authority", errors);
        foreach (var located in dataset.Authorities)
        {
            new AuthorityChecks(located, scope.Vocabulary, scope.References, errors).Run();
        }

        var measures = CooperationChecks.Measures(dataset.Measures, errors);
        DuplicateSlugs(dataset.Routes, r => r.Slug, "route", errors);
        foreach (var located in dataset.Routes)
        {
            CooperationChecks.Route(located, scope.Vocabulary, scope.References, measures, errors);
        }

        DuplicateSlugs(dataset.Glossary, t => t.Slug, "glossary term", errors);
        var glossaryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var located in dataset.Glossary)
        {
            new GlossaryChecks(located, today, glossaryNames, errors).Run();
        }

        if (dataset.About is { } about)
        {
            ValidateAbout(about, today, errors);
        }

        return errors;
    }

    /// <summary>
    /// What the organisations and documents of <paramref name="dataset"/> and <paramref name="outside"/> are checked
    /// against, so an import can check its streamed records one batch at a time. The vocabulary's own errors are
    /// <see cref="Validate"/>'s to report.
    /// </summary>
    public static RecordScope ScopeOf(Dataset dataset, DateOnly today, RecordsOutside outside) => ScopeOf(dataset, today, outside, []);

    private static RecordScope ScopeOf(Dataset dataset, DateOnly today, RecordsOutside outside, List<DatasetError> errors)
    {
        var types = ValidateTerms(dataset.OrganisationTypes, "organisation type", errors);
        var audiences = ValidateTerms(dataset.Audiences, "audience", errors);
        var topics = ValidateTerms(dataset.Topics, "topic", errors);
        var countries = ValidateCountries(dataset.Countries, errors);
        var known = outside.Overlaid(RecordsOutside.Of(dataset));
        return new RecordScope(new Vocabulary(types, audiences, topics, countries, today), known.OrganisationParents, DatasetReferences.Of(dataset, known));
    }

    private static void DuplicateSlugs<T>(
        IEnumerable<Located<T>> records, Func<T, string> slug, RecordKindName kind, List<DatasetError> errors)
    {
        foreach (var duplicate in records.GroupBy(r => slug(r.Record), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var located in duplicate.Skip(1))
            {
                errors.Add(DatasetError.Of(located.File, $"{kind} '{duplicate.Key}'", "slug",
                    $"The slug is also used by {duplicate.First().File}."));
            }
        }
    }

    private static HashSet<string> ValidateTerms(
        IEnumerable<Located<TermRecord>> terms, RecordKindName kind, List<DatasetError> errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, term) in terms)
        {
            var checks = new FieldChecks(file, $"{kind} '{term.Key}'", errors);
            checks.KeyShape(term.Key, "key");
            if (!keys.Add(term.Key))
            {
                checks.Fail("key", $"The key appears twice.");
            }

            checks.Text(term.Label, FieldLengths.Label, "label");
        }

        return keys;
    }

    private static HashSet<string> ValidateCountries(IEnumerable<Located<CountryRecord>> countries, List<DatasetError> errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, country) in countries)
        {
            FormattableString record = $"country '{country.Code}'";
            if (!CountryCode().IsMatch(country.Code))
            {
                errors.Add(DatasetError.Of(file, record, "code", $"Use the ISO 3166-1 alpha-2 code in capitals."));
            }

            if (!codes.Add(country.Code))
            {
                errors.Add(DatasetError.Of(file, record, "code", $"The code appears twice."));
            }

            var checks = new FieldChecks(file, record, errors);
            checks.Text(country.Name, FieldLengths.Label, "name");
            if ((country.CoeMemberSince is not null || country.EuMemberSince is not null) && (country.Sources ?? []).Count == 0)
            {
                checks.Fail("sources", $"A membership date needs the pages it was taken from.");
            }

            foreach (var (url, index) in (country.Sources ?? []).Select((u, i) => (u, i)))
            {
                checks.WebAddress(url, $"sources[{index}]");
            }
        }

        return codes;
    }

    private static void ValidateAbout(Located<AboutRecord> located, DateOnly today, List<DatasetError> errors)
    {
        var (file, about) = located;
        var checks = new FieldChecks(file, $"about page", errors);
        checks.Text(about.Introduction, null, "introduction");
        checks.Text(about.FundingDisclaimer, null, "fundingDisclaimer");
        checks.NotInFuture(about.ReviewedOn, today, "reviewedOn");
        // Sources back the funding projects; an About page that lists none needs none.
        var sources = about.FundingProjects.Count == 0 && about.Sources.Count == 0 ? [] : checks.Sources(about.Sources);
        foreach (var (project, index) in about.FundingProjects.Select((p, i) => (p, i)))
        {
            var field = $"fundingProjects[{index}]";
            checks.KeyShape(project.Key, field + ".key");
            checks.Text(project.Name, FieldLengths.Name, field + ".name");
            checks.Text(project.Programme, FieldLengths.Name, field + ".programme", required: false);
            checks.SourceKnown(project.Source, sources, field + ".source");
            if (project.Url is not null)
            {
                checks.WebAddress(project.Url, field + ".url");
                checks.MaxLength(project.Url, FieldLengths.Url, field + ".url");
            }

            if (project is { Starts: { } starts, Ends: { } ends } && ends < starts)
            {
                checks.Fail(field + ".ends", $"The project ends before it starts.");
            }
        }
    }

    /// <summary>The vocabulary and references one organisation or document record is checked against.</summary>
    public sealed class RecordScope
    {
        internal RecordScope(Vocabulary vocabulary, IReadOnlyDictionary<string, string?> parents, DatasetReferences references)
        {
            Vocabulary = vocabulary;
            Parents = parents;
            References = references;
        }

        internal Vocabulary Vocabulary { get; }

        internal IReadOnlyDictionary<string, string?> Parents { get; }

        internal DatasetReferences References { get; }

        public void Check(Located<OrganisationRecord> organisation, List<DatasetError> errors) =>
            new OrganisationChecks(organisation, Vocabulary, Parents, errors).Run();

        public void Check(Located<DocumentRecord> document, List<DatasetError> errors) =>
            new DocumentChecks(document, Vocabulary, References, errors).Run();
    }

    internal sealed record Vocabulary(
        HashSet<string> Types, HashSet<string> Audiences, HashSet<string> Topics, HashSet<string> Countries, DateOnly Today);

    /// <summary>Small checks shared by every record kind, each reporting against one file and record.</summary>
    internal sealed class FieldChecks(string file, FormattableString record, List<DatasetError> errors)
    {
        public void Fail(string field, FormattableString message) => errors.Add(DatasetError.Of(file, record, field, message));

        /// <summary>A one-record file is named after its record's slug, so a reader can find a record by its address.</summary>
        public void SlugNamesFile(string slug)
        {
            if (!Slug().IsMatch(slug) || slug.Length > FieldLengths.Slug)
            {
                Fail("slug", $"Use lower-case letters, digits and hyphens, at most {FieldLengths.Slug} characters.");
            }

            if (Path.GetFileNameWithoutExtension(file) != slug)
            {
                Fail("slug", $"The file should be named {slug}.json, after its slug.");
            }
        }

        public void Known(string key, IReadOnlySet<string> known, string field, RecordKindName kind)
        {
            if (!known.Contains(key))
            {
                Fail(field, $"'{key}' is not a known {kind}.");
            }
        }

        public void KnownAll(IReadOnlyList<string> keys, IReadOnlySet<string> known, string field, RecordKindName kind)
        {
            foreach (var (key, index) in keys.Select((k, i) => (k, i)))
            {
                Known(key, known, $"{field}[{index}]", kind);
            }

            foreach (var duplicate in keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Fail(field, $"'{duplicate.Key}' is listed twice.");
            }
        }

        /// <summary>
        /// A sourced date: a declared source, checked on a real day; the date itself may lie ahead only when
        /// <paramref name="mayBeFuture"/> (a text can be scheduled to enter into force; it cannot have been adopted later).
        /// </summary>
        public void SourcedDate(SourcedDateRecord? date, HashSet<string> sources, DateOnly today, string field, bool mayBeFuture = false)
        {
            if (date is null)
            {
                return;
            }

            SourceKnown(date.Source, sources, field + ".source");
            NotInFuture(date.AsOf, today, field + ".asOf");
            if (!mayBeFuture)
            {
                NotInFuture(date.Date, today, field + ".date");
            }
        }

        /// <summary>A date known to the year at least: a plausible year, a day (if any) in that year, a declared source.</summary>
        public void PartialDate(PartialDateRecord date, HashSet<string> sources, int earliestYear, DateOnly today, string field)
        {
            if (date.Year < earliestYear || date.Year > today.Year)
            {
                Fail(field + ".year", $"{date.Year} is not a plausible year: use {earliestYear} to {today.Year}.");
            }

            if (date.Day is { } day)
            {
                if (day.Year != date.Year)
                {
                    Fail(field + ".day", $"{day:yyyy-MM-dd} is not in the year {date.Year}.");
                }

                NotInFuture(day, today, field + ".day");
            }

            SourceKnown(date.Source, sources, field + ".source");
            NotInFuture(date.AsOf, today, field + ".asOf");
        }

        public void OptionalWebAddress(string? url, string field)
        {
            if (url is not null)
            {
                WebAddress(url, field);
                MaxLength(url, FieldLengths.Url, field);
            }
        }

        public void Required(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(field, $"A value is required.");
            }
        }

        public void MaxLength(string? value, int max, string field)
        {
            if (value is { Length: var length } && length > max)
            {
                Fail(field, $"{length} characters: at most {max} are allowed.");
            }
        }

        public void KeyShape(string key, string field)
        {
            if (!Slug().IsMatch(key) || key.Length > FieldLengths.Key)
            {
                Fail(field, $"'{key}' must be lower-case letters, digits and hyphens, at most {FieldLengths.Key} characters.");
            }
        }

        public void Text(LocalisedTextRecord text, int? max, string field, bool required = true)
        {
            if (required)
            {
                Required(text.En, field + ".en");
            }

            if (max is { } limit)
            {
                MaxLength(text.En, limit, field + ".en");
                MaxLength(text.Fr, limit, field + ".fr");
            }
        }

        public void NotInFuture(DateOnly date, DateOnly today, string field)
        {
            if (date > today)
            {
                Fail(field, $"{date:yyyy-MM-dd} is in the future.");
            }
        }

        public void WebAddress(string url, string field)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                Fail(field, $"'{url}' is not an absolute http(s) address.");
            }
        }

        public void EmailAddress(string value, string field)
        {
            if (!MailAddress.TryCreate(value, out var address) || address.Address != value)
            {
                Fail(field, $"'{value}' is not an e-mail address.");
            }
        }

        public void SourceKnown(string key, HashSet<string> sources, string field)
        {
            if (!sources.Contains(key))
            {
                Fail(field, $"The source '{key}' is not declared in 'sources'.");
            }
        }

        /// <summary>A part (section, article) that rests on sources: at least one, each declared, checked on a real date.</summary>
        public void Cites(IReadOnlyList<string> cited, HashSet<string> sources, DateOnly asOf, DateOnly today, string field)
        {
            if (cited.Count == 0)
            {
                Fail(field + ".sources", $"Name at least one source.");
            }

            foreach (var (source, index) in cited.Select((s, i) => (s, i)))
            {
                SourceKnown(source, sources, $"{field}.sources[{index}]");
            }

            NotInFuture(asOf, today, field + ".asOf");
        }

        public HashSet<string> Sources(IReadOnlyList<SourceRecord> sources)
        {
            if (sources.Count == 0)
            {
                Fail("sources", $"At least one source is required: every fact in the hub carries its source.");
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (source, index) in sources.Select((s, i) => (s, i)))
            {
                var field = $"sources[{index}]";
                KeyShape(source.Id, field + ".id");
                if (!keys.Add(source.Id))
                {
                    Fail(field + ".id", $"The source id '{source.Id}' appears twice.");
                }

                Required(source.Title, field + ".title");
                MaxLength(source.Title, FieldLengths.Title, field + ".title");
                Required(source.Publisher, field + ".publisher");
                MaxLength(source.Publisher, FieldLengths.Publisher, field + ".publisher");
                WebAddress(source.Url, field + ".url");
                MaxLength(source.Url, FieldLengths.Url, field + ".url");
                if (!Language().IsMatch(source.Language))
                {
                    Fail(field + ".language", $"'{source.Language}' is not an ISO 639-1 language code such as en or fr.");
                }
            }

            return keys;
        }
    }

    // \z, not $: "$" also matches before a final line break.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    internal static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$")]
    internal static partial Regex CountryCode();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex Language();
}
