using System.Linq.Expressions;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CseaHub.Web.Data.Configurations;

/// <summary>Maps a <see cref="LocalisedText"/> to two columns, <c>{Name}En</c> and <c>{Name}Fr</c>.</summary>
internal static class LocalisedTextMapping
{
    public static void HasLocalisedText<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, LocalisedText?>> property, int? maxLength = null)
        where T : class =>
        builder.ComplexProperty(property, text =>
        {
            var name = ((MemberExpression)property.Body).Member.Name;
            var en = text.Property(t => t.En).HasColumnName(name + "En");
            var fr = text.Property(t => t.Fr).HasColumnName(name + "Fr");
            if (maxLength is { } length)
            {
                en.HasMaxLength(length);
                fr.HasMaxLength(length);
            }
        });
}
