using System.Text;
using CseaHub.Tests;
using CseaHub.Web.Data.DatasetLoader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CseaHub.UnitTests.Resources;

/// <summary>
/// The errors the checks, the import and the record form write in English are said in French in the back office
/// (Resources/messages.tsv, keyed by the English wording). The wordings are found by reading the code's syntax: the
/// arguments that name a record or give a message, written as a string or an interpolated string.
/// </summary>
public sealed class MessageWordingTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src", "CseaHub.Web");

    /// <summary>Which arguments of which calls are wordings, by position.</summary>
    private static readonly Dictionary<string, int[]> WordingArguments = new(StringComparer.Ordinal)
    {
        ["Fail"] = [1], // FieldChecks.Fail(field, message)
        ["DatasetError"] = [1, 3], // new DatasetError(file, record, field, message)
        ["DatasetError.Of"] = [1, 3],
        ["FieldChecks"] = [1], // new FieldChecks(file, record, errors)
        ["Invalid"] = [2], // ContentEditor.Invalid(file, field, message)
        ["Errors[]"] = [0],
        ["Errors.TryAdd"] = [1],
        [nameof(FormattableString)] = [0],
    };

    /// <summary>Which arguments of which calls name a kind of record (<c>RecordKindName</c>), by position.</summary>
    private static readonly Dictionary<string, int> KindNameArguments = new(StringComparer.Ordinal)
    {
        ["Known"] = 3, // Known(key, known, field, kind)
        ["KnownAll"] = 3,
        ["DuplicateSlugs"] = 2,
        ["ValidateTerms"] = 1,
    };

    [Fact]
    public void Every_error_wording_the_code_writes_has_a_French_text()
    {
        var wordings = Wordings();
        var french = ResourceKeysTests.Keys("SharedResource.fr.resx");

        Assert.True(wordings.Count > 80, $"only {wordings.Count} wordings found: the scan is broken");
        Assert.Empty(wordings.Where(wording => !french.Contains(wording)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_French_text_of_messages_tsv_is_for_a_wording_the_code_writes()
    {
        var wordings = Wordings();
        var listed = File.ReadLines(Path.Combine(Source, "Resources", "messages.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0]);

        Assert.All(listed, english => Assert.Contains(english, wordings));
    }

    [Fact]
    public void A_wording_is_its_interpolated_string_with_numbered_values()
    {
        var wording = WordingsIn("""
            class C { void M() { checks.Fail("year", $"{date.Year} is not plausible: {day:yyyy-MM-dd}, {(a ? b : c),5}."); } }
            """);

        Assert.Equal(["{0} is not plausible: {1:yyyy-MM-dd}, {2,5}."], wording);
    }

    private static HashSet<string> Wordings() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => WordingsIn(File.ReadAllText(path)))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> WordingsIn(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            var (name, arguments) = node switch
            {
                ObjectCreationExpressionSyntax creation => (LastName(creation.Type), creation.ArgumentList?.Arguments ?? default),
                // "private readonly DatasetValidator.FieldChecks _checks = new(file, record, errors)"
                ImplicitObjectCreationExpressionSyntax creation when creation.FirstAncestorOrSelf<VariableDeclarationSyntax>() is { } declaration =>
                    (LastName(declaration.Type), creation.ArgumentList.Arguments),
                // The record form's "reading.Errors[path] = message" and "Errors.TryAdd(path, message)"
                AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: var errors } } assignment when IsErrors(errors) =>
                    ("Errors[]", SyntaxFactory.SeparatedList([SyntaxFactory.Argument(assignment.Right)])),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "TryAdd", Expression: var errors } } call when IsErrors(errors) =>
                    ("Errors.TryAdd", call.ArgumentList.Arguments),
                InvocationExpressionSyntax call => (NameOf(call.Expression), call.ArgumentList.Arguments),
                // "FormattableString record = $"country '{code}'""
                VariableDeclaratorSyntax { Initializer.Value: var value, Parent: VariableDeclarationSyntax { Type: var type } } when type.ToString() == nameof(FormattableString) =>
                    (nameof(FormattableString), SyntaxFactory.SeparatedList([SyntaxFactory.Argument(value)])),
                _ => (null, default),
            };
            if (name is not null && WordingArguments.TryGetValue(name, out var positions))
            {
                foreach (var wording in positions.Where(p => p < arguments.Count).SelectMany(p => WordingsOf(arguments[p].Expression)))
                {
                    yield return wording;
                }
            }

            if (name is not null && KindNameArguments.TryGetValue(name, out var position) && position < arguments.Count)
            {
                foreach (var kind in WordingsOf(arguments[position].Expression))
                {
                    yield return new RecordKindName(kind).Key;
                }
            }
        }
    }

    private static bool IsErrors(ExpressionSyntax receiver) =>
        receiver.ToString().EndsWith("Errors", StringComparison.Ordinal) || receiver.ToString().EndsWith("errors", StringComparison.Ordinal);

    private static string? NameOf(ExpressionSyntax callee) => callee switch
    {
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "DatasetError" } } access => "DatasetError." + access.Name.Identifier.Text,
        MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        _ => null,
    };

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => type.ToString(),
    };

    /// <summary>The wordings an argument may have: both branches of a condition, the text of a string, the format of an interpolation.</summary>
    private static IEnumerable<string> WordingsOf(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => [literal.Token.ValueText],
        InterpolatedStringExpressionSyntax interpolated => [FormatOf(interpolated)],
        ConditionalExpressionSyntax condition => WordingsOf(condition.WhenTrue).Concat(WordingsOf(condition.WhenFalse)),
        CastExpressionSyntax cast => WordingsOf(cast.Expression),
        ParenthesizedExpressionSyntax parenthesized => WordingsOf(parenthesized.Expression),
        _ => [],
    };

    /// <summary>What <see cref="FormattableString.Format"/> holds for this interpolated string: its values numbered in order.</summary>
    private static string FormatOf(InterpolatedStringExpressionSyntax interpolated)
    {
        var format = new StringBuilder();
        var index = 0;
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolationSyntax hole)
            {
                format.Append('{').Append(index++)
                    .Append(hole.AlignmentClause is { } alignment ? "," + alignment.Value : string.Empty)
                    .Append(hole.FormatClause is { } clause ? ":" + clause.FormatStringToken.Text : string.Empty)
                    .Append('}');
            }
            else
            {
                format.Append(((InterpolatedStringTextSyntax)content).TextToken.Text);
            }
        }

        return format.ToString();
    }
}
