using CseaHub.Web.Domain.Countries;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Taxonomy;

namespace CseaHub.Web.Domain.Organisations;

/// <summary>
/// An organisation or one of its bodies (a committee, an office, a court): who works on CSEA and how to reach them.
/// </summary>
public sealed class Organisation : ContentItem
{
    private LocalisedText _name = LocalisedText.Empty;
    private string? _acronym;

    public LocalisedText Name
    {
        get => _name;
        set
        {
            _name = value;
            UpdateKeys();
        }
    }

    public string? Acronym
    {
        get => _acronym;
        set
        {
            _acronym = value;
            UpdateKeys();
        }
    }

    /// <summary>The English name as a <see cref="TextKey"/>: what the directory sorts by in English.</summary>
    public string NameKeyEn { get; private set; } = string.Empty;

    /// <summary>The name French readers see (French, or English when there is none) as a <see cref="TextKey"/>.</summary>
    public string NameKeyFr { get; private set; } = string.Empty;

    /// <summary>Both names and the acronym as one <see cref="TextKey"/>, for name search.</summary>
    public string SearchKey { get; private set; } = string.Empty;

    public int TypeId { get; set; }

    public OrganisationType Type { get; set; } = null!;

    public int? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    public List<Organisation> Bodies { get; } = [];

    public LocalisedText Summary { get; set; } = LocalisedText.Empty;

    public LocalisedText Description { get; set; } = LocalisedText.Empty;

    public List<Audience> Audiences { get; } = [];

    public List<Topic> Topics { get; } = [];

    public List<Country> Countries { get; } = [];

    public PostalAddress? Address { get; set; }

    /// <summary>E.164, e.g. +33388412000.</summary>
    public SourcedValue? Phone { get; set; }

    public SourcedValue? Email { get; set; }

    public SourcedValue? Website { get; set; }

    public List<OrganisationSection> Sections { get; } = [];

    public List<OrganisationLink> Links { get; } = [];

    public List<SourceReference> Sources { get; } = [];

    /// <summary>Facts the editors looked for and could not source, so the next review knows what is missing.</summary>
    public List<string> Gaps { get; set; } = [];

    public DateOnly ReviewedOn { get; set; }

    private void UpdateKeys()
    {
        NameKeyEn = TextKey.Of(_name.In("en").Text);
        NameKeyFr = TextKey.Of(_name.In("fr").Text);
        SearchKey = string.Join(' ', new[] { NameKeyEn, TextKey.Of(_name.Fr), TextKey.Of(_acronym) }.Where(k => k.Length > 0));
    }
}
