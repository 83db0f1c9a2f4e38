using CseaHub.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.HasIndex(p => new { p.InstrumentId, p.CountryId }).IsUnique();
        builder.HasOne(p => p.Country).WithMany().HasForeignKey(p => p.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(p => p.StatusAsOf).HasMaxLength(FieldLengths.Summary);
    }
}
