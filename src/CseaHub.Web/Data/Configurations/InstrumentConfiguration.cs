using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.HasContentItemColumns();
        builder.HasLocalisedText(i => i.Title, FieldLengths.Title);
        builder.HasLocalisedText(i => i.ShortName, FieldLengths.Name);
        builder.HasLocalisedText(i => i.Summary, FieldLengths.Summary);
        builder.Property(i => i.Reference).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum * 2);
        builder.Property(i => i.OpenedAt).HasMaxLength(FieldLengths.Locality);
        builder.Property(i => i.OfficialText).HasMaxLength(FieldLengths.Url);
        builder.HasOne(i => i.Owner).WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.MonitoringBody).WithMany().HasForeignKey(i => i.MonitoringBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.ReservationsAndDeclarations).HasMaxLength(FieldLengths.Url);
        builder.HasSourcedDate(i => i.Adopted);
        builder.HasSourcedDate(i => i.OpenedForSignature);
        builder.HasSourcedDate(i => i.EntryIntoForce);
        builder.HasSourcedDate(i => i.ApplicableFrom);
        builder.HasMany(i => i.Articles).WithOne().HasForeignKey(a => a.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("InstrumentSources");
    }
}
