using CseaHub.Web.Domain.Cooperation;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>The rules one competent authority must meet before it is loaded.</summary>
internal sealed class AuthorityChecks(
    Located<CompetentAuthorityRecord> located,
    DatasetValidator.Vocabulary vocabulary,
    DatasetReferences references,
    List<DatasetError> errors)
{
    private readonly DatasetValidator.FieldChecks _checks = new(located.File, $"authority '{located.Record.Slug}'", errors);

    public void Run()
    {
        var a = located.Record;
        _checks.SlugNamesFile(a.Slug);
        _checks.Known(a.Country, vocabulary.Countries, "country", "country");
        _checks.Known(a.Instrument, references.Instruments, "instrument", "instrument");

        _checks.Text(a.Name, FieldLengths.Name, "name");
        _checks.NotInFuture(a.ReviewedOn, vocabulary.Today, "reviewedOn");
        foreach (var (article, index) in a.Articles.Select((n, i) => (n, i)))
        {
            _checks.MaxLength(article, FieldLengths.ArticleNumber, $"articles[{index}]");
        }

        // The 24/7 Network's contacts are operational: the dataset may only publish them to vetted professionals.
        if (a.Role == AuthorityRole.ContactPoint247)
        {
            foreach (var (detail, index) in a.Details.Select((d, i) => (d, i)))
            {
                if (detail.Visibility == Visibility.Public && detail.Kind is AuthorityDetailKind.Phone or AuthorityDetailKind.Email)
                {
                    _checks.Fail($"details[{index}].visibility", $"A 24/7 point of contact's phone and e-mail are for professionals only.");
                }
            }
        }

        var sources = _checks.Sources(a.Sources);
        foreach (var (detail, index) in a.Details.Select((d, i) => (d, i)))
        {
            var field = $"details[{index}]";
            _checks.Required(detail.Value, field + ".value");
            _checks.MaxLength(detail.Value, FieldLengths.Summary, field + ".value");
            _checks.SourceKnown(detail.Source, sources, field + ".source");
            _checks.NotInFuture(detail.AsOf, vocabulary.Today, field + ".asOf");
            if (detail.Kind == AuthorityDetailKind.Email)
            {
                _checks.EmailAddress(detail.Value, field + ".value");
            }
            else if (detail.Kind == AuthorityDetailKind.Phone && !PhoneNumberFormat.IsValidE164(detail.Value))
            {
                _checks.Fail(field + ".value", $"'{detail.Value}' is not a phone number in E.164 form (+33388412000).");
            }
            else if (detail.Kind == AuthorityDetailKind.Website)
            {
                _checks.WebAddress(detail.Value, field + ".value");
            }
        }
    }
}
