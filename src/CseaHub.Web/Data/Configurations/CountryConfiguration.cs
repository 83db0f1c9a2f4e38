using CseaHub.Web.Domain.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasLocalisedText(c => c.Name, FieldLengths.Label);
        builder.Property(c => c.SourceUrls);
    }
}
