using System.Linq.Expressions;
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
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(i => i.OpenedAt).HasMaxLength(FieldLengths.Locality);
        builder.Property(i => i.OfficialText).HasMaxLength(FieldLengths.Url);
        builder.HasOne(i => i.Owner).WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.MonitoringBody).WithMany().HasForeignKey(i => i.MonitoringBodyId).OnDelete(DeleteBehavior.Restrict);
        OwnsSourcedDate(builder, i => i.Adopted);
        OwnsSourcedDate(builder, i => i.OpenedForSignature);
        OwnsSourcedDate(builder, i => i.EntryIntoForce);
        OwnsSourcedDate(builder, i => i.ApplicableFrom);
        builder.HasMany(i => i.Articles).WithOne().HasForeignKey(a => a.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("InstrumentSources");
    }

    private static void OwnsSourcedDate(
        EntityTypeBuilder<Instrument> builder, System.Linq.Expressions.Expression<Func<Instrument, SourcedDate?>> fact) =>
        builder.OwnsOne(fact, date => date.Property(d => d.SourceKey).HasMaxLength(FieldLengths.Key));
}
