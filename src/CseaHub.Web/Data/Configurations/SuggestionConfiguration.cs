using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public const int MessageLength = 4000;

    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum * 2);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(s => s.About).HasMaxLength(FieldLengths.Url);
        builder.Property(s => s.Message).HasMaxLength(MessageLength);
        builder.Property(s => s.ContactEmail).HasMaxLength(FieldLengths.Email);
        builder.Property(s => s.DecidedBy).HasMaxLength(FieldLengths.Email);
        builder.HasIndex(s => new { s.Status, s.SubmittedUtc });
    }
}
