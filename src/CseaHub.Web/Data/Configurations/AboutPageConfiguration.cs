using CseaHub.Web.Domain.About;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class AboutPageConfiguration : IEntityTypeConfiguration<AboutPage>
{
    public void Configure(EntityTypeBuilder<AboutPage> builder)
    {
        builder.HasLocalisedText(a => a.Introduction);
        builder.HasLocalisedText(a => a.FundingDisclaimer);
        builder.Property(a => a.DatasetHash).HasMaxLength(FieldLengths.Hash);
        builder.HasMany(a => a.FundingProjects).WithOne().OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("AboutSources");
    }
}
