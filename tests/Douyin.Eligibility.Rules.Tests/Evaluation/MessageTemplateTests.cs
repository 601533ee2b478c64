using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

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
}
