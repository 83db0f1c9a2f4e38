using CseaHub.Web.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class MonitoringRoundConfiguration : IEntityTypeConfiguration<MonitoringRound>
{
    public void Configure(EntityTypeBuilder<MonitoringRound> builder)
    {
        builder.HasContentItemColumns();
        builder.HasIndex(r => new { r.InstrumentId, r.Number }).IsUnique();
        builder.HasOne(r => r.Instrument).WithMany().HasForeignKey(r => r.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalisedText(r => r.Theme, FieldLengths.Title);
        builder.HasLocalisedText(r => r.Summary, FieldLengths.Summary);
        builder.Property(r => r.Questionnaire).HasMaxLength(FieldLengths.Url);
        builder.OwnsOne(r => r.Launched, date => date.Property(d => d.SourceKey).HasMaxLength(FieldLengths.Key));
        builder.HasSourcedDate(r => r.ReportAdopted);
        builder.HasMany(r => r.Countries).WithMany().UsingEntity("MonitoringRoundCountries");
        builder.HasMany(r => r.Findings).WithOne(f => f.MonitoringRound).HasForeignKey(f => f.MonitoringRoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("MonitoringRoundSources");
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(FieldLengths.Key);
        builder.HasIndex(f => new { f.MonitoringRoundId, f.Key }).IsUnique();
        builder.Property(f => f.Area).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(f => f.Grade).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.HasLocalisedText(f => f.Text);
        builder.Property(f => f.Paragraph).HasMaxLength(FieldLengths.Label);
        builder.HasMany(f => f.Countries).WithMany().UsingEntity("FindingCountries");
        builder.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}
