using CseaHub.Web.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class CompetentAuthorityConfiguration : IEntityTypeConfiguration<CompetentAuthority>
{
    public void Configure(EntityTypeBuilder<CompetentAuthority> builder)
    {
        builder.HasContentItemColumns();
        builder.HasIndex(a => new { a.CountryId, a.InstrumentId });
        builder.HasOne(a => a.Instrument).WithMany().HasForeignKey(a => a.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Country).WithMany().HasForeignKey(a => a.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(FieldLengths.Enum * 2);
        builder.HasLocalisedText(a => a.Name, FieldLengths.Name);
        builder.HasMany(a => a.Details).WithOne().HasForeignKey(d => d.CompetentAuthorityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("CompetentAuthoritySources");
    }
}

internal sealed class AuthorityDetailConfiguration : IEntityTypeConfiguration<AuthorityDetail>
{
    public void Configure(EntityTypeBuilder<AuthorityDetail> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(d => d.Value).HasMaxLength(FieldLengths.Summary);
        builder.Property(d => d.Visibility).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(d => d.SourceKey).HasMaxLength(FieldLengths.Key);
    }
}
