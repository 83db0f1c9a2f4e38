using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

internal sealed class HubUserConfiguration : IEntityTypeConfiguration<HubUser>
{
    public void Configure(EntityTypeBuilder<HubUser> builder)
    {
        builder.Property(u => u.OrganisationName).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.Vetting).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Property(u => u.VettedBy).HasMaxLength(FieldLengths.Email);
        builder.HasIndex(u => u.Vetting);
        builder.Property(u => u.Language).HasMaxLength(FieldLengths.Language).HasDefaultValue("en");
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(FieldLengths.Enum * 2);
        builder.Property(e => e.Subject).HasMaxLength(FieldLengths.Email);
        builder.Property(e => e.Actor).HasMaxLength(FieldLengths.Email);
        builder.Property(e => e.Detail).HasMaxLength(FieldLengths.Summary);
        builder.Property(e => e.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(e => e.Subject);
    }
}

/// <summary>The hub's roles are part of the schema: every database has them from its first migration.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(HubRoles.All.Select(role => new IdentityRole
        {
            Id = "role-" + role.ToLowerInvariant(),
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = "role-" + role.ToLowerInvariant(),
        }));
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Label);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<HubUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
