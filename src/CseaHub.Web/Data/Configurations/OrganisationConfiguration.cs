using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasContentItemColumns();
        builder.HasLocalisedText(o => o.Name, 300);
        builder.HasLocalisedText(o => o.Summary, 1000);
        builder.HasLocalisedText(o => o.Description);
        builder.Property(o => o.Acronym).HasMaxLength(40);

        builder.HasOne(o => o.Type).WithMany().HasForeignKey(o => o.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany(o => o.Bodies).HasForeignKey(o => o.ParentId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(o => o.Audiences).WithMany().UsingEntity("OrganisationAudiences");
        builder.HasMany(o => o.Topics).WithMany().UsingEntity("OrganisationTopics");
        builder.HasMany(o => o.Countries).WithMany().UsingEntity("OrganisationCountries");

        builder.OwnsOne(o => o.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(300);
            address.Property(a => a.PostalCode).HasMaxLength(40);
            address.Property(a => a.Locality).HasMaxLength(200);
            address.Property(a => a.CountryCode).HasMaxLength(2);
            address.Property(a => a.SourceKey).HasMaxLength(80);
        });
        OwnsSourcedValue(builder, o => o.Phone, 20);
        OwnsSourcedValue(builder, o => o.Email, 320);
        OwnsSourcedValue(builder, o => o.Website, 2000);

        builder.HasMany(o => o.Sections).WithOne().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Links).WithOne().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("OrganisationSources");
    }

    private static void OwnsSourcedValue(
        EntityTypeBuilder<Organisation> builder,
        System.Linq.Expressions.Expression<Func<Organisation, SourcedValue?>> fact,
        int maxLength) =>
        builder.OwnsOne(fact, value =>
        {
            value.Property(v => v.Value).HasMaxLength(maxLength);
            value.Property(v => v.SourceKey).HasMaxLength(80);
        });
}
