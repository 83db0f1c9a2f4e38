using CseaHub.Web.Domain.About;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class FundingProjectConfiguration : IEntityTypeConfiguration<FundingProject>
{
    public void Configure(EntityTypeBuilder<FundingProject> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(FieldLengths.Key);
        builder.HasLocalisedText(p => p.Name, FieldLengths.Name);
        builder.HasLocalisedText(p => p.Programme, FieldLengths.Name);
        builder.Property(p => p.Url).HasMaxLength(FieldLengths.Url);
        builder.Property(p => p.SourceKey).HasMaxLength(FieldLengths.Key);
    }
}
