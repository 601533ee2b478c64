using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Compilation;

/// <summary>The variants the compiler emits for one condition: verdict, explaining and locating.</summary>
public class ExpressionCompilerTests
{
    [Theory]
    [InlineData("store.Count > 1", 3, true)]
    [InlineData("store.Count > 1", null, null)]
    [InlineData("10 / store.Count > 1", 5, true)]
    public void CompileLocating_RuleThatDoesNotFail_GivesTheVerdictsValueAndNoLocation(string expression, int? count, bool? expected)
    {
        var bound = ExpressionHost.BindOrFail(expression);
        var state = new EvaluationState([new Store { Count = count }], ExpressionHost.AsOf, null);

        ExpressionCompiler.CompileLocating(bound)(state).Should().Be(expected);
        state.ErrorLocation.Should().BeNull();
    }

    [Theory]
    [InlineData("store.Count > 1 || 10 / store.Count > 1", 0, 19)]
    [InlineData("store.Items.Count(i => 10 / i.Points > 1) > 0", 0, 23)]
    [InlineData("store.Count + 2147483647 > 1", 1, 0)]
    public void CompileLocating_RuleThatFails_NotesTheInnermostFailingNodeAndRethrows(string expression, int count, int column)
    {
        var bound = ExpressionHost.BindOrFail(expression);
        var state = new EvaluationState([new Store { Count = count, Items = [new Item { Points = 0 }] }], ExpressionHost.AsOf, null);

        var run = () => ExpressionCompiler.CompileLocating(bound)(state);

        run.Should().Throw<ArithmeticException>();
        state.ErrorLocation.Should().Be(new SourceLocation("test.json", 0, column));
    }

    [Fact]
    public void CompileCondition_Verdict_DoesNotLocate()
    {
        var bound = ExpressionHost.BindOrFail("10 / store.Count > 1");
        var state = new EvaluationState([new Store { Count = 0 }], ExpressionHost.AsOf, null);

        var run = () => ExpressionCompiler.CompileCondition(bound, tracing: false, [])(state);

        run.Should().Throw<DivideByZeroException>();
        state.ErrorLocation.Should().BeNull();
    }
}
