using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CseaHub.Web.Data;

/// <summary>
/// Rewrites a projected complex value (<c>new OrganisationRef(o.Slug, o.Name, o.Acronym)</c>) as one built from its
/// columns (<c>new LocalisedText(o.Name.En, o.Name.Fr)</c>) before EF Core compiles the query.
/// </summary>
/// <remarks>
/// EF Core 10 reads every column of the owning row when a complex value is passed to a constructor or comes out of a
/// subquery (dotnet/efcore#37551, fixed in EF Core 11): a directory page of 20 names read 20 descriptions in two
/// languages, and a profile read its bodies' descriptions too. Built from its columns, the value costs only them.
/// The rewrite runs when a query is compiled, not on each execution; comparisons (<c>a.Name == b.Name</c>) and
/// member reads (<c>o.Name.En</c>) are left as they are, and so is a value that may be null (an optional complex
/// value, or one read through an optional reference), whose null a constructor could not keep.
/// </remarks>
public sealed class ComplexValuesByColumn : IQueryExpressionInterceptor
{
    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        eventData.Context is { } context ? new Rewriter(context.Model).Visit(queryExpression) : queryExpression;

    private sealed class Rewriter(IModel model) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is MemberExpression inner && ComplexPropertyOf(inner) is not null)
            {
                return node.Update(inner.Update(Visit(inner.Expression)));
            }

            var visited = node.Update(Visit(node.Expression));
            return ComplexPropertyOf(node) is { } complexProperty && Build(visited, complexProperty) is { } built
                ? built
                : visited;
        }

        protected override Expression VisitBinary(BinaryExpression node) =>
            node.Update(Operand(node.Left), VisitAndConvert(node.Conversion, nameof(VisitBinary)), Operand(node.Right));

        private Expression Operand(Expression operand) =>
            operand is MemberExpression member && ComplexPropertyOf(member) is not null
                ? member.Update(Visit(member.Expression))
                : Visit(operand);

        private IComplexProperty? ComplexPropertyOf(MemberExpression member)
        {
            if (member.Member is not PropertyInfo || member.Expression is null)
            {
                return null;
            }

            var complexProperty = model.FindEntityType(member.Expression.Type)?.FindComplexProperty(member.Member.Name);
            return complexProperty is { IsNullable: false, IsCollection: false } && IsNeverNull(member.Expression)
                ? complexProperty
                : null;
        }

        /// <summary>
        /// A row of the query, or one reached through required references: never null. Through an optional reference
        /// (<c>o.Parent.Name</c>) EF gives null when there is no row, and a constructor would give a text of nulls.
        /// </summary>
        private bool IsNeverNull(Expression owner) => owner switch
        {
            ParameterExpression => true,
            MemberExpression { Expression: { } next } reference =>
                model.FindEntityType(next.Type)?.FindNavigation(reference.Member.Name) is
                { IsCollection: false, IsOnDependent: true, ForeignKey.IsRequired: true }
                && IsNeverNull(next),
            _ => false,
        };

        /// <summary>The value from its columns: through the constructor that takes them all, else through setters.</summary>
        private static Expression? Build(Expression value, IComplexProperty complexProperty)
        {
            var type = complexProperty.ClrType;
            var columns = complexProperty.ComplexType.GetProperties()
                .Where(p => p.PropertyInfo is not null)
                .ToDictionary(p => p.Name, p => Expression.Property(value, p.PropertyInfo!), StringComparer.OrdinalIgnoreCase);

            foreach (var constructor in type.GetConstructors())
            {
                var parameters = constructor.GetParameters();
                if (parameters.Length == columns.Count && parameters.All(p => p.Name is { } name && columns.ContainsKey(name)))
                {
                    return Expression.New(constructor, parameters.Select(p => (Expression)columns[p.Name!]));
                }
            }

            return type.GetConstructor(Type.EmptyTypes) is { } parameterless
                ? Expression.MemberInit(
                    Expression.New(parameterless),
                    columns.Values.Where(read => ((PropertyInfo)read.Member).CanWrite).Select(read => Expression.Bind(read.Member, read)))
                : null;
        }
    }
}
