using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class OrganisationLinkConfiguration : IEntityTypeConfiguration<OrganisationLink>
{
    public void Configure(EntityTypeBuilder<OrganisationLink> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasLocalisedText(l => l.Title, 400);
        builder.Property(l => l.Url).HasMaxLength(2000);
    }
}
