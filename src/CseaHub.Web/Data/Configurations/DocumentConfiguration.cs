using CseaHub.Web.Domain.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasContentItemColumns();
        builder.HasLocalisedText(d => d.Title, FieldLengths.Title);
        builder.HasLocalisedText(d => d.Summary, FieldLengths.Summary);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum * 2);
        builder.HasIndex(d => new { d.Kind, d.Status, d.Visibility }); // the library's list of kinds, from the index alone
        builder.Property(d => d.Url).HasMaxLength(FieldLengths.Url);
        builder.HasOne(d => d.IssuedBy).WithMany().HasForeignKey(d => d.IssuedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasPartialDate(d => d.Issued, "Issued");
        builder.HasMany(d => d.Instruments).WithMany().UsingEntity("DocumentInstruments");
        builder.HasMany(d => d.Countries).WithMany().UsingEntity("DocumentCountries");
        builder.HasMany(d => d.Topics).WithMany().UsingEntity("DocumentTopics");
        builder.HasMany(d => d.Audiences).WithMany().UsingEntity("DocumentAudiences");
        builder.HasMany(d => d.Articles).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.MonitoringRound).WithMany().HasForeignKey(d => d.MonitoringRoundId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasSources("DocumentSources");
    }
}

internal sealed class DocumentArticleConfiguration : IEntityTypeConfiguration<DocumentArticle>
{
    public void Configure(EntityTypeBuilder<DocumentArticle> builder)
    {
        builder.Property(a => a.Number).HasMaxLength(FieldLengths.ArticleNumber);
        builder.HasOne(a => a.Instrument).WithMany().HasForeignKey(a => a.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.DocumentId, a.InstrumentId, a.Number }).IsUnique();
    }
}
