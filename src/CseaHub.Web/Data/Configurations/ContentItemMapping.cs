using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal static class ContentItemMapping
{
    public const int SlugLength = 120;

    /// <summary>The columns every content entity shares; enums are stored by name so the data reads plainly in SQL.</summary>
    public static void HasContentItemColumns<T>(this EntityTypeBuilder<T> builder)
        where T : ContentItem
    {
        builder.Property(i => i.Slug).HasMaxLength(SlugLength);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.DatasetHash).HasMaxLength(64);
        builder.HasIndex(i => new { i.Status, i.Visibility });
    }

    public static void HasSources<TOwner>(this EntityTypeBuilder<TOwner> builder, string table)
        where TOwner : class =>
        builder.OwnsMany<SourceReference>("Sources", source =>
        {
            source.ToTable(table);
            source.Property<int>("Id");
            source.HasKey("Id");
            source.Property(s => s.Key).HasMaxLength(80);
            source.Property(s => s.Title).HasMaxLength(400);
            source.Property(s => s.Publisher).HasMaxLength(200);
            source.Property(s => s.Url).HasMaxLength(2000);
        });
}
