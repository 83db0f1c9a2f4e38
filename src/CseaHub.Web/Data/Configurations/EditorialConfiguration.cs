using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class ContentDraftConfiguration : IEntityTypeConfiguration<ContentDraft>
{
    public void Configure(EntityTypeBuilder<ContentDraft> builder)
    {
        builder.Property(d => d.File).HasMaxLength(FieldLengths.Slug * 2);
        // One draft per file: two editors starting a draft at once cannot both succeed.
        builder.HasIndex(d => d.File).IsUnique();
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.UpdatedBy).HasMaxLength(FieldLengths.Email);
        builder.Property(d => d.ReviewComment).HasMaxLength(FieldLengths.Summary);
    }
}

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.Property(r => r.File).HasMaxLength(FieldLengths.Slug * 2);
        // Two saves racing for the same number: one fails instead of both claiming it.
        builder.HasIndex(r => new { r.File, r.Number }).IsUnique();
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(r => r.AuthorId).HasMaxLength(FieldLengths.Email);
        builder.Property(r => r.Author).HasMaxLength(FieldLengths.Email);
        builder.Property(r => r.Comment).HasMaxLength(FieldLengths.Summary);
        builder.Ignore(r => r.ChangesContent);
    }
}
