using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Syntax;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Syntax;

public class ParserTests
{
    private static ExpressionSyntax? Parse(string text, ExpressionLimits? limits = null)
        => Parser.Parse(ExpressionText.Inline(text, "t.json"), new DiagnosticBag(), limits ?? new ExpressionLimits(), BuiltInFunctions.Registry.LambdaFunctionNames);

    private static string[] ParseErrors(string text, ExpressionLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        Parser.Parse(ExpressionText.Inline(text, "t.json"), diagnostics, limits ?? new ExpressionLimits(), BuiltInFunctions.Registry.LambdaFunctionNames);
        return diagnostics.Items.Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void Parse_MultiplicationBeforeAddition_BindsTighter()
    {
        var root = Parse("1 + 2 * 3").Should().BeOfType<BinarySyntax>().Subject;
        root.Operator.Should().Be(TokenKind.Plus);
        root.Right.Should().BeOfType<BinarySyntax>().Which.Operator.Should().Be(TokenKind.Star);
    }

    [Fact]
    public void Parse_AndBeforeOr_FollowsCSharpPrecedence()
    {
        var root = Parse("a || b && c").Should().BeOfType<BinarySyntax>().Subject;
        root.Operator.Should().Be(TokenKind.BarBar);
        root.Right.Should().BeOfType<BinarySyntax>().Which.Operator.Should().Be(TokenKind.AmpersandAmpersand);
    }

    [Theory]
    [InlineData("a AND b", "AmpersandAmpersand")]
    [InlineData("a and b", "AmpersandAmpersand")]
    [InlineData("a OR b", "BarBar")]
    [InlineData("a = b", "EqualEqual")]
    [InlineData("a <> b", "BangEqual")]
    [InlineData("a ?? b", "QuestionQuestion")]
    public void Parse_RulesEngineOperatorSpellings_AreAccepted(string text, string expected)
        => Parse(text).Should().BeOfType<BinarySyntax>().Which.Operator.ToString().Should().Be(expected);

    [Fact]
    public void Parse_NotKeyword_IsUnaryNot()
        => Parse("not a").Should().BeOfType<UnarySyntax>().Which.Operator.Should().Be(TokenKind.Bang);

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    [InlineData("nULL", null)]
    public void Parse_LiteralKeywordInAnyCase_IsTheLiteral(string text, bool? expected)
        => Parse(text).Should().BeOfType<LiteralSyntax>().Which.Value.Should().Be(expected);

    [Theory]
    [InlineData("truest")]
    [InlineData("nota")]
    [InlineData("an")]
    [InlineData("Or_")]
    [InlineData("\u0130nput")]
    public void Parse_WordThatOnlyStartsLikeAKeyword_IsAName(string text)
        => Parse(text).Should().BeOfType<NameSyntax>().Which.Name.Should().Be(text);

    [Fact]
    public void Parse_ConditionalIsRightAssociative_NestsInElseBranch()
    {
        var root = Parse("a ? 1 : b ? 2 : 3").Should().BeOfType<ConditionalSyntax>().Subject;
        root.WhenFalse.Should().BeOfType<ConditionalSyntax>();
    }

    [Fact]
    public void Parse_LambdaArgument_ProducesLambdaSyntax()
    {
        var call = Parse("store.Items.Any(i => i.Amount > 0)").Should().BeOfType<CallSyntax>().Subject;
        call.Name.Should().Be("Any");
        call.Arguments.Should().ContainSingle().Which.Should().BeOfType<LambdaSyntax>().Which.Parameter.Should().Be("i");
    }

    [Fact]
    public void Parse_DecimalLiteral_IsExactDecimal()
        => Parse("4.1").Should().BeOfType<LiteralSyntax>().Which.Value.Should().Be(4.1m);

    [Fact]
    public void Parse_LargeInteger_BecomesLong()
        => Parse("10000000000").Should().BeOfType<LiteralSyntax>().Which.Value.Should().Be(10_000_000_000L);

    [Fact]
    public void Parse_MissingOperand_ReportsPosition()
        => ParseErrors("a > ").Should().Equal("t.json(1,5): error DE2004: Expected a value, a name or '(' but found the end of the expression.");

    [Fact]
    public void Parse_SingleAmpersand_SuggestsDoubleAmpersand()
        => ParseErrors("a & b").Should().Equal("t.json(1,3): error DE2001: Unexpected character '&'. Use '&&' or 'and'.");

    [Fact]
    public void Parse_UnterminatedString_ReportsWhereItStarts()
        => ParseErrors("a == \"abc").Should().Equal("t.json(1,6): error DE2002: The string starting here has no closing \".");

    [Fact]
    public void Parse_TrailingToken_ReportsIt()
        => ParseErrors("a b").Should().Equal("t.json(1,3): error DE2004: Expected an operator or the end of the expression but found 'b'.");

    [Fact]
    public void Parse_UnclosedParenthesis_ReportsExpectedParenthesis()
        => ParseErrors("(a > 1").Should().Equal("t.json(1,7): error DE2004: Expected ')' but found the end of the expression.");

    [Fact]
    public void Parse_EmptyExpression_ReportsEmpty()
        => ParseErrors("   ").Should().Equal("t.json(1,1): error DE2007: The expression is empty.");

    [Fact]
    public void Parse_HundredThousandNestedParentheses_ReportsDiagnosticWithoutStackOverflow()
    {
        var text = new string('(', 100_000) + "1" + new string(')', 100_000);
        ParseErrors(text, new ExpressionLimits { MaxLength = 1_000_000 })
            .Should().ContainSingle().Which.Should().Contain("error DE2006: The expression is nested more than 100 levels deep.");
    }

    [Fact]
    public void Parse_HundredThousandUnaryNots_ReportsDiagnosticWithoutStackOverflow()
    {
        var text = new string('!', 100_000) + "a";
        ParseErrors(text, new ExpressionLimits { MaxLength = 1_000_000 }).Should().ContainSingle().Which.Should().Contain("DE2006");
    }

    [Fact]
    public void Parse_LongAdditionChain_IsBoundedByTreeHeight()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 500));
        ParseErrors(text).Should().ContainSingle().Which.Should().Contain("DE2006");
    }

    [Fact]
    public void Parse_TooLongExpression_ReportsLength()
        => ParseErrors(new string('a', 5000)).Should().Equal("t.json(1,1): error DE2005: The expression is 5000 characters long; the limit is 4000.");

    [Fact]
    public void Parse_LambdaOutsideArguments_IsRejected()
        => ParseErrors("x => x").Should().ContainSingle().Which.Should().Contain("DE2004");

    [Fact]
    public void Parse_LambdaOutsideArguments_NamesTheLambdaFunctionsItIsGiven()
    {
        var diagnostics = new DiagnosticBag();

        Parser.Parse(ExpressionText.Inline("x => x", "t.json"), diagnostics, new ExpressionLimits(), ["Every", "Total"]);

        diagnostics.Items.Should().ContainSingle().Which.Message.Should().Contain("Every or Total");
    }

    [Fact]
    public void Parse_TypeofOrNew_AreNotPartOfTheLanguage()
    {
        ParseErrors("new Store()").Should().ContainSingle().Which.Should().Contain("DE2004");
        ExpressionHost.Errors("typeof(Store)").Should().ContainSingle().Which.Should().Contain("DE3005");
    }
}
