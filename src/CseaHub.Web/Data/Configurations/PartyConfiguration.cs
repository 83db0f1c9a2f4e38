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
        builder.OwnsMany(p => p.ReservationEffects, effect =>
        {
            effect.ToTable("PartyReservationEffects");
            effect.Property<int>("Id");
            effect.HasKey("Id");
            effect.Property(e => e.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
            effect.Property(e => e.Side).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        });
    }
}
