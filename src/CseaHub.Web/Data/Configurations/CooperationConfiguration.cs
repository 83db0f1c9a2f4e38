using CseaHub.Web.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class CooperationMeasureConfiguration : IEntityTypeConfiguration<CooperationMeasure>
{
    public void Configure(EntityTypeBuilder<CooperationMeasure> builder)
    {
        builder.Property(m => m.Key).HasMaxLength(FieldLengths.Key);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasLocalisedText(m => m.Label, FieldLengths.Label);
        builder.HasLocalisedText(m => m.Description, FieldLengths.Summary);
    }
}

internal sealed class CooperationRouteConfiguration : IEntityTypeConfiguration<CooperationRoute>
{
    public void Configure(EntityTypeBuilder<CooperationRoute> builder)
    {
        builder.HasContentItemColumns();
        builder.HasOne(r => r.Instrument).WithMany().HasForeignKey(r => r.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AuthoritiesInstrument).WithMany().HasForeignKey(r => r.AuthoritiesInstrumentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Use).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(r => r.Binding).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(FieldLengths.Enum * 2);
        builder.PrimitiveCollection(r => r.AuthorityRoles).ElementType(role => role.HasConversion<string>());
        builder.HasLocalisedText(r => r.Summary, FieldLengths.Summary);
        builder.HasLocalisedText(r => r.Requirements, FieldLengths.Summary);
        builder.OwnsMany(r => r.Exclusions, exclusion =>
        {
            exclusion.ToTable("CooperationRouteExclusions");
            exclusion.Property<int>("Id");
            exclusion.HasKey("Id");
            exclusion.Property(e => e.CountryCode).HasMaxLength(2);
            exclusion.Property(e => e.SourceKey).HasMaxLength(FieldLengths.Key);
            exclusion.HasIndex("CooperationRouteId", nameof(RouteExclusion.CountryCode)).IsUnique();
        });
        builder.HasMany(r => r.Documents).WithMany().UsingEntity("CooperationRouteDocuments");
        builder.HasMany(r => r.Organisations).WithMany().UsingEntity("CooperationRouteOrganisations");
        builder.HasSources("CooperationRouteSources");
    }
}
