using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules one organisation record must meet before it is loaded.</summary>
internal sealed class OrganisationChecks(
    Located<OrganisationRecord> located,
    DatasetValidator.Vocabulary vocabulary,
    IReadOnlyDictionary<string, string?> parentsBySlug,
    List<DatasetError> errors)
{
    private readonly OrganisationRecord _organisation = located.Record;
    private readonly DatasetValidator.FieldChecks _checks =
        new(located.File, $"organisation '{located.Record.Slug}'", errors);

    public void Run()
    {
        var o = _organisation;
        _checks.SlugNamesFile(o.Slug);

        _checks.Text(o.Name, FieldLengths.Name, "name");
        _checks.Text(o.Summary, FieldLengths.Summary, "summary");
        _checks.Text(o.Description, null, "description");
        _checks.MaxLength(o.Acronym, FieldLengths.Acronym, "acronym");
        _checks.NotInFuture(o.ReviewedOn, vocabulary.Today, "reviewedOn");
        _checks.Known(o.Type, vocabulary.Types, "type", "organisation type");
        if (o.Audiences.Count == 0)
        {
            _checks.Fail("audiences", $"Name at least one audience: the directory is browsed by audience.");
        }

        _checks.KnownAll(o.Audiences, vocabulary.Audiences, "audiences", "audience");
        _checks.KnownAll(o.Topics, vocabulary.Topics, "topics", "topic");
        _checks.KnownAll(o.Countries, vocabulary.Countries, "countries", "country");
        CheckParent();

        var sources = _checks.Sources(o.Sources);
        CheckFacts(sources);
        CheckSections(sources);
        foreach (var (link, index) in o.Links.Select((l, i) => (l, i)))
        {
            _checks.Text(link.Title, FieldLengths.Title, $"links[{index}].title");
            _checks.WebAddress(link.Url, $"links[{index}].url");
            _checks.MaxLength(link.Url, FieldLengths.Url, $"links[{index}].url");
        }
    }

    private void CheckParent()
    {
        if (_organisation.Parent is not { } parent)
        {
            return;
        }

        if (!parentsBySlug.ContainsKey(parent))
        {
            _checks.Fail("parent", $"No organisation has the slug '{parent}'.");
            return;
        }

        // Walk up the chain: a loop would make a body its own ancestor.
        var seen = new HashSet<string>(StringComparer.Ordinal) { _organisation.Slug };
        for (string? current = parent; current is not null;
             current = parentsBySlug.GetValueOrDefault(current))
        {
            if (!seen.Add(current))
            {
                _checks.Fail("parent", $"The parent chain loops back to this organisation.");
                return;
            }
        }
    }

    private void CheckFacts(HashSet<string> sources)
    {
        var o = _organisation;
        if (o.Address is { } address)
        {
            _checks.Required(address.Locality, "address.locality");
            _checks.MaxLength(address.Street, FieldLengths.Street, "address.street");
            _checks.MaxLength(address.PostalCode, FieldLengths.PostalCode, "address.postalCode");
            _checks.MaxLength(address.Locality, FieldLengths.Locality, "address.locality");
            _checks.Known(address.Country, vocabulary.Countries, "address.country", "country");
            Provenance(address.Source, address.AsOf, sources, "address");
        }

        if (o.Phone is { } phone)
        {
            if (!PhoneNumberFormat.IsValidE164(phone.Value))
            {
                _checks.Fail("phone.value", $"'{phone.Value}' is not a valid phone number in E.164 form (+ and digits).");
            }

            Provenance(phone.Source, phone.AsOf, sources, "phone");
        }

        if (o.Email is { } email)
        {
            _checks.EmailAddress(email.Value, "email.value");
            _checks.MaxLength(email.Value, FieldLengths.Email, "email.value");
            Provenance(email.Source, email.AsOf, sources, "email");
        }

        if (o.Website is { } website)
        {
            _checks.WebAddress(website.Value, "website.value");
            _checks.MaxLength(website.Value, FieldLengths.Url, "website.value");
            Provenance(website.Source, website.AsOf, sources, "website");
        }
    }

    private void CheckSections(HashSet<string> sources)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (section, index) in _organisation.Sections.Select((s, i) => (s, i)))
        {
            var field = $"sections[{index}]";
            _checks.KeyShape(section.Key, field + ".key");
            if (!keys.Add(section.Key))
            {
                _checks.Fail(field + ".key", $"The section key '{section.Key}' appears twice.");
            }

            _checks.Text(section.Title, FieldLengths.Title, field + ".title");
            _checks.Text(section.Body, null, field + ".body");
            _checks.Cites(section.Sources, sources, section.AsOf, vocabulary.Today, field);
        }
    }

    private void Provenance(string source, DateOnly asOf, HashSet<string> sources, string field)
    {
        _checks.SourceKnown(source, sources, field + ".source");
        _checks.NotInFuture(asOf, vocabulary.Today, field + ".asOf");
    }
}
