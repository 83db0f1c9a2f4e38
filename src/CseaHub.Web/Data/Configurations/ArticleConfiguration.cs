using CseaHub.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(FieldLengths.ArticleNumber);
        builder.HasIndex(a => new { a.InstrumentId, a.Number }).IsUnique();
        builder.HasLocalisedText(a => a.Title, FieldLengths.Title);
        builder.HasLocalisedText(a => a.Summary);
    }
}
