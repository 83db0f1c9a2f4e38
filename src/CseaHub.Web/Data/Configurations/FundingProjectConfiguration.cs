using CseaHub.Web.Domain.About;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class FundingProjectConfiguration : IEntityTypeConfiguration<FundingProject>
{
    public void Configure(EntityTypeBuilder<FundingProject> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(80);
        builder.HasLocalisedText(p => p.Name, 300);
        builder.HasLocalisedText(p => p.Programme, 300);
        builder.Property(p => p.Url).HasMaxLength(2000);
        builder.Property(p => p.SourceKey).HasMaxLength(80);
    }
}
