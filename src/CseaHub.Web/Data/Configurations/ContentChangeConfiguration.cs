using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.EntityType).HasMaxLength(FieldLengths.Enum);
        builder.Property(c => c.Key).HasMaxLength(FieldLengths.Slug);
        builder.Property(c => c.ChangedUtc).HasConversion(ContentItemMapping.AsUtc);
    }
}

internal sealed class LoadedDatasetConfiguration : IEntityTypeConfiguration<DatasetLoader.LoadedDataset>
{
    public void Configure(EntityTypeBuilder<DatasetLoader.LoadedDataset> builder)
    {
        builder.Property(d => d.Fingerprint).HasMaxLength(FieldLengths.Hash);
        builder.Property(d => d.LoadedUtc).HasConversion(ContentItemMapping.AsUtc);
    }
}
