using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class OrganisationSectionConfiguration : IEntityTypeConfiguration<OrganisationSection>
{
    public void Configure(EntityTypeBuilder<OrganisationSection> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(80);
        builder.HasIndex(s => new { s.OrganisationId, s.Key }).IsUnique();
        builder.HasLocalisedText(s => s.Title, 300);
        builder.HasLocalisedText(s => s.Body);
        builder.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.SourceKey).HasMaxLength(80);
    }
}
