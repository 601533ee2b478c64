using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>Formatting a compiled message when it is read.</summary>
public class MessageTemplateTests
{
    private static readonly EvaluationState State = new([], new DateOnly(2024, 7, 25), null);

    [Theory]
    [InlineData(4.1, "Score 4.1 is low")]
    [InlineData(null, "Score null is low")]
    [InlineData("text", "Score text is low")]
    [InlineData(true, "Score true is low")]
    public void Format_PlaceholderValue_IsWrittenAsTracesShowIt(object? value, string expected)
    {
        var template = new MessageTemplate(["Score ", (Func<EvaluationState, object?>)(_ => value is double d ? (decimal)d : value), " is low"]);

        template.Format(State).Should().Be(expected);
    }

    [Theory]
    [InlineData("divide")]
    [InlineData("overflow")]
    [InlineData("rule")]
    public void Format_PlaceholderThatFails_WritesError(string failure)
    {
        Exception error = failure switch
        {
            "divide" => new DivideByZeroException(),
            "overflow" => new OverflowException(),
            _ => new RuleEvaluationException("too long"),
        };
        var template = new MessageTemplate(["Gap ", (Func<EvaluationState, object?>)(_ => throw error), "."]);

        template.Format(State).Should().Be("Gap (error).");
    }

    [Fact]
    public void Format_BoundPlaceholder_IsCompiledOnTheFirstFormatOnly()
    {
        var template = new MessageTemplate(["Score ", ExpressionHost.BindOrFail("store.Score", condition: false), " is low"], CompileSettings.Default);
        template.IsCompiled.Should().BeFalse();

        var first = template.Format(new EvaluationState([new Store { Score = 3.9m }], ExpressionHost.AsOf, null));
        var second = template.Format(new EvaluationState([new Store { Score = 4.2m }], ExpressionHost.AsOf, null));

        template.IsCompiled.Should().BeTrue();
        first.Should().Be("Score 3.9 is low");
        second.Should().Be("Score 4.2 is low");
    }

    [Fact]
    public void Constructor_ConstantPlaceholders_AreWrittenAsTextAndNeverCompiled()
    {
        var template = new MessageTemplate(["Min ", ExpressionHost.BindOrFail("MinScore", condition: false), ", at most ", ExpressionHost.BindOrFail("Limit + 1", condition: false)], CompileSettings.Default);

        template.IsCompiled.Should().BeTrue();
        template.Format(State).Should().Be("Min 4.1, at most 4");
    }

    [Fact]
    public void Format_FromManyThreadsAtOnce_GivesEachItsOwnValue()
    {
        var template = new MessageTemplate(["Score ", ExpressionHost.BindOrFail("store.Score + 1", condition: false)], CompileSettings.Default);

        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = template.Format(new EvaluationState([new Store { Score = i }], ExpressionHost.AsOf, null)));

        texts.Should().Equal(Enumerable.Range(0, texts.Length).Select(i => $"Score {i + 1}"));
    }

    [Fact]
    public void Format_BoundPlaceholderThatFails_WritesError()
    {
        var template = new MessageTemplate(["Ratio ", ExpressionHost.BindOrFail("store.Score / store.Count", condition: false)], CompileSettings.Default);

        template.Format(new EvaluationState([new Store { Score = 1m, Count = 0 }], ExpressionHost.AsOf, null)).Should().Be("Ratio (error)");
    }
}
