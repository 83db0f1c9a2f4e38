using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class OrganisationSectionConfiguration : IEntityTypeConfiguration<OrganisationSection>
{
    public void Configure(EntityTypeBuilder<OrganisationSection> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(FieldLengths.Key);
        builder.HasIndex(s => new { s.OrganisationId, s.Key }).IsUnique();
        builder.HasLocalisedText(s => s.Title, FieldLengths.Title);
        builder.HasLocalisedText(s => s.Body);
        builder.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
    }
}
