using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

/// <summary>All vocabularies share one table; the <c>Vocabulary</c> column says which one a term belongs to.</summary>
internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public const string VocabularyColumn = "Vocabulary";

    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.ToTable("Terms");
        builder.HasDiscriminator<string>(VocabularyColumn)
            .HasValue<OrganisationType>("organisation-type")
            .HasValue<Audience>("audience")
            .HasValue<Topic>("topic");
        builder.Property(VocabularyColumn).HasMaxLength(40);
        builder.Property(t => t.Key).HasMaxLength(FieldLengths.Key);
        builder.HasIndex(VocabularyColumn, nameof(Term.Key)).IsUnique();
        builder.HasLocalisedText(t => t.Label, FieldLengths.Label);
    }
}
