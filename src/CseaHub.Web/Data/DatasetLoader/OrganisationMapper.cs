using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>Maps between an organisation record of the dataset format and the entity, both ways.</summary>
internal static class OrganisationMapper
{
    public static void Apply(OrganisationRecord record, Organisation organisation, TermLookup terms)
    {
        organisation.Name = record.Name.ToText();
        organisation.Acronym = string.IsNullOrWhiteSpace(record.Acronym) ? null : record.Acronym.Trim();
        organisation.Type = terms.Types[record.Type];
        organisation.Status = record.Status;
        organisation.Visibility = record.Visibility;
        organisation.Summary = record.Summary.ToText();
        organisation.Description = record.Description.ToText();
        Replace(organisation.Audiences, record.Audiences.Select(k => terms.Audiences[k]));
        Replace(organisation.Topics, record.Topics.Select(k => terms.Topics[k]));
        Replace(organisation.Countries, record.Countries.Select(k => terms.Countries[k]));
        organisation.Address = record.Address is { } a
            ? new PostalAddress
            {
                Street = a.Street.Trim(),
                PostalCode = a.PostalCode.Trim(),
                Locality = a.Locality.Trim(),
                CountryCode = a.Country,
                SourceKey = a.Source,
                AsOf = a.AsOf,
            }
            : null;
        organisation.Phone = ToValue(record.Phone);
        organisation.Email = ToValue(record.Email);
        organisation.Website = ToValue(record.Website);
        Replace(organisation.Sections, record.Sections.Select((s, position) => new OrganisationSection
        {
            Key = s.Key,
            Position = position,
            Title = s.Title.ToText(),
            Body = s.Body.ToText(),
            Visibility = s.Visibility,
            SourceKeys = [.. s.Sources],
            AsOf = s.AsOf,
        }));
        Replace(organisation.Links, record.Links.Select((l, position) => new OrganisationLink
        {
            Position = position,
            Kind = l.Kind,
            Title = l.Title.ToText(),
            Url = new Uri(l.Url),
            Visibility = l.Visibility,
        }));
        Replace(organisation.Sources, record.Sources.Select(s => s.ToReference()));
        organisation.Gaps = [.. record.Gaps];
        organisation.ReviewedOn = record.ReviewedOn;
    }

    public static OrganisationRecord ToRecord(Organisation o) => new()
    {
        Slug = o.Slug,
        Name = LocalisedTextRecord.From(o.Name),
        Acronym = o.Acronym,
        Type = o.Type.Key,
        Parent = o.Parent?.Slug,
        Status = o.Status,
        Visibility = o.Visibility,
        Summary = LocalisedTextRecord.From(o.Summary),
        Description = LocalisedTextRecord.From(o.Description),
        Audiences = [.. o.Audiences.OrderBy(t => t.Position).Select(t => t.Key)],
        Topics = [.. o.Topics.OrderBy(t => t.Position).Select(t => t.Key)],
        Countries = [.. o.Countries.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => c.Code)],
        Address = o.Address is { } a
            ? new AddressRecord
            {
                Street = a.Street,
                PostalCode = a.PostalCode,
                Locality = a.Locality,
                Country = a.CountryCode,
                Source = a.SourceKey,
                AsOf = a.AsOf,
            }
            : null,
        Phone = ToRecord(o.Phone),
        Email = ToRecord(o.Email),
        Website = ToRecord(o.Website),
        Sections = [.. o.Sections.OrderBy(s => s.Position).Select(s => new SectionRecord(
            s.Key, LocalisedTextRecord.From(s.Title), LocalisedTextRecord.From(s.Body), s.Visibility, s.SourceKeys, s.AsOf))],
        Links = [.. o.Links.OrderBy(l => l.Position).Select(l =>
            new LinkRecord(l.Kind, LocalisedTextRecord.From(l.Title), l.Url.OriginalString, l.Visibility))],
        ReviewedOn = o.ReviewedOn,
        Sources = [.. o.Sources.Select(SourceRecord.From)],
        Gaps = o.Gaps,
    };

    /// <summary>What an anonymous reader can see of a record: its fingerprint decides whether the public date moves.</summary>
    public static OrganisationRecord PublicPart(OrganisationRecord record)
    {
        var anonymous = Viewer.Anonymous;
        var facts = new[] { record.Address?.Source, record.Phone?.Source, record.Email?.Source, record.Website?.Source }
            .OfType<string>().Select(source => (source, Visibility.Public));
        var sections = record.Sections.SelectMany(s => s.Sources.Select(source => (source, s.Visibility)));
        var hidden = PublicationRules.SourcesHiddenFrom(anonymous, facts.Concat(sections));
        return record with
        {
            Sections = [.. record.Sections.Where(s => anonymous.CanSee(s.Visibility))],
            Links = [.. record.Links.Where(l => anonymous.CanSee(l.Visibility))],
            Sources = [.. record.Sources.Where(s => !hidden.Contains(s.Id))],
            Gaps = [],
        };
    }

    private static SourcedValue? ToValue(SourcedValueRecord? record) =>
        record is null ? null : new SourcedValue { Value = record.Value.Trim(), SourceKey = record.Source, AsOf = record.AsOf };

    private static SourcedValueRecord? ToRecord(SourcedValue? value) =>
        value is null ? null : new SourcedValueRecord(value.Value, value.SourceKey, value.AsOf);

    internal static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }
}
