using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class OrganisationLinkConfiguration : IEntityTypeConfiguration<OrganisationLink>
{
    public void Configure(EntityTypeBuilder<OrganisationLink> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(l => l.Visibility).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.HasLocalisedText(l => l.Title, FieldLengths.Title);
        builder.Property(l => l.Url).HasMaxLength(FieldLengths.Url);
    }
}
