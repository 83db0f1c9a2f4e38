using System.Linq.Expressions;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CseaHub.Web.Data.Configurations;

internal static class ContentItemMapping
{
    // SQLite hands DateTime back without a kind; every timestamp the hub stores is UTC, so say so once, here.
    public static readonly ValueConverter<DateTime, DateTime> AsUtc =
        new(value => value, value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The columns every content entity shares; enums are stored by name so the data reads plainly in SQL.</summary>
    public static void HasContentItemColumns<T>(this EntityTypeBuilder<T> builder)
        where T : ContentItem
    {
        builder.Property(i => i.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(i => i.Visibility).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(i => i.DatasetHash).HasMaxLength(FieldLengths.Hash);
        builder.Property(i => i.PublicDatasetHash).HasMaxLength(FieldLengths.Hash);
        builder.Property(i => i.CreatedUtc).HasConversion(AsUtc);
        builder.Property(i => i.UpdatedUtc).HasConversion(AsUtc);
        builder.Property(i => i.PublicUpdatedUtc).HasConversion(AsUtc);
        builder.HasIndex(i => new { i.Status, i.Visibility });

        // Latest updates and feeds: newest first, the slug breaking ties (ordered as the directory's index is).
        builder.HasIndex(i => new { i.Status, i.PublicUpdatedUtc, i.Slug, i.Visibility }).IsDescending(false, true, false, false);
    }

    public static void HasSources<TOwner>(this EntityTypeBuilder<TOwner> builder, string table)
        where TOwner : class =>
        builder.OwnsMany<SourceReference>("Sources", source =>
        {
            source.ToTable(table);
            source.Property<int>("Id");
            source.HasKey("Id");
            source.Property(s => s.Key).HasMaxLength(FieldLengths.Key);
            source.Property(s => s.Title).HasMaxLength(FieldLengths.Title);
            source.Property(s => s.Publisher).HasMaxLength(FieldLengths.Publisher);
            source.Property(s => s.Url).HasMaxLength(FieldLengths.Url);
            source.Property(s => s.Language).HasMaxLength(FieldLengths.Language);
        });

    public static void HasSourcedDate<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, SourcedDate?>> fact)
        where T : class =>
        builder.OwnsOne(fact, date => date.Property(d => d.SourceKey).HasMaxLength(FieldLengths.Key));

    /// <summary>A required partial date as columns of its owner ({Name}Year, {Name}Day, …), so lists can sort on it.</summary>
    public static void HasPartialDate<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, PartialDate?>> fact, string name)
        where T : class =>
        builder.ComplexProperty(fact, date =>
        {
            date.Property(d => d.Year).HasColumnName(name + "Year");
            date.Property(d => d.Day).HasColumnName(name + "Day");
            date.Property(d => d.SourceKey).HasColumnName(name + "SourceKey").HasMaxLength(FieldLengths.Key);
            date.Property(d => d.AsOf).HasColumnName(name + "AsOf");
            date.Property(d => d.SortKey).HasColumnName(name + "SortKey");
        });
}
