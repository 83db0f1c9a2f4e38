using System.Linq.Expressions;
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
        builder.HasLocalisedText(o => o.Name, FieldLengths.Name);
        builder.HasLocalisedText(o => o.Summary, FieldLengths.Summary);
        builder.HasLocalisedText(o => o.Description);
        builder.Property(o => o.Acronym).HasMaxLength(FieldLengths.Acronym);
        builder.Property(o => o.NameKeyEn).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.NameKeyFr).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.SearchKey).HasMaxLength((2 * FieldLengths.Name) + FieldLengths.Acronym + 2);
        // The directory's order under its filter: a page of 20 reads about 20 index entries instead of sorting every
        // published row. Status leads, so the planner prefers it to the Status and Visibility index; Visibility
        // trails, so the public filter is read from the index too.
        builder.HasIndex(o => new { o.Status, o.NameKeyEn, o.Slug, o.Visibility });
        builder.HasIndex(o => new { o.Status, o.NameKeyFr, o.Slug, o.Visibility });

        builder.HasOne(o => o.Type).WithMany().HasForeignKey(o => o.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany(o => o.Bodies).HasForeignKey(o => o.ParentId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(o => o.Audiences).WithMany().UsingEntity("OrganisationAudiences");
        builder.HasMany(o => o.Topics).WithMany().UsingEntity("OrganisationTopics");
        builder.HasMany(o => o.Countries).WithMany().UsingEntity("OrganisationCountries");

        builder.OwnsOne(o => o.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(FieldLengths.Street);
            address.Property(a => a.PostalCode).HasMaxLength(FieldLengths.PostalCode);
            address.Property(a => a.Locality).HasMaxLength(FieldLengths.Locality);
            address.Property(a => a.CountryCode).HasMaxLength(2);
            address.Property(a => a.SourceKey).HasMaxLength(FieldLengths.Key);
        });
        OwnsSourcedValue(builder, o => o.Phone, FieldLengths.Phone);
        OwnsSourcedValue(builder, o => o.Email, FieldLengths.Email);
        OwnsSourcedValue(builder, o => o.Website, FieldLengths.Url);

        builder.HasMany(o => o.Sections).WithOne().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Links).WithOne().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSources("OrganisationSources");
    }

    private static void OwnsSourcedValue(
        EntityTypeBuilder<Organisation> builder,
        Expression<Func<Organisation, SourcedValue?>> fact,
        int maxLength) =>
        builder.OwnsOne(fact, value =>
        {
            value.Property(v => v.Value).HasMaxLength(maxLength);
            value.Property(v => v.SourceKey).HasMaxLength(FieldLengths.Key);
        });
}
