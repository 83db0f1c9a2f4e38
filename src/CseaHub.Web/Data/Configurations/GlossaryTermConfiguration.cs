using CseaHub.Web.Domain.Glossary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.HasContentItemColumns();
        builder.HasLocalisedText(t => t.Preferred, FieldLengths.Label);
        builder.HasLocalisedText(t => t.Definition, FieldLengths.Summary);
        builder.HasSources("GlossaryTermSources");
    }
}
