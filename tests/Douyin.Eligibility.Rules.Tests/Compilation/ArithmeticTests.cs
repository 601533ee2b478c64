using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Compilation;

public class ArithmeticTests
{
    [Fact]
    public void DecimalLiteral_ComparedWithDecimalMember_IsExact()
    {
        ExpressionHost.Condition("store.Score > 4.1", new Store { Score = 4.1m }).Should().BeFalse();
        ExpressionHost.Condition("store.Score > 4.1", new Store { Score = 4.11m }).Should().BeTrue();
        ExpressionHost.Condition("store.Rate > 0.75", new Store { Rate = 0.7501m }).Should().BeTrue();
    }

    [Fact]
    public void Compile_DoubleMember_IsReadAsDecimal()
        => ExpressionHost.Condition("store.Ratio == 0.1", new Store { Ratio = 0.1 }).Should().BeTrue();

    [Fact]
    public void DoubleMember_NaN_IsRuleError()
    {
        var act = () => ExpressionHost.Condition("store.Ratio > 0.1", new Store { Ratio = double.NaN });
        act.Should().Throw<RuleEvaluationException>().WithMessage("*NaN*not a finite number*");
    }

    [Fact]
    public void IntegerDivisionByZero_Throws_ForTheRunnerToReport()
    {
        var act = () => ExpressionHost.Condition("store.Count / 0 > 1", new Store { Count = 3 });
        act.Should().Throw<DivideByZeroException>();
    }

    [Theory]
    [InlineData("store.Count < 10 / (store.Owner.Stores - store.Owner.Stores)")]
    [InlineData("store.Count + 10 / (store.Owner.Stores - store.Owner.Stores) > 1")]
    [InlineData("store.Opened <= AddDays(AsOf, -2147483647)")]
    public void Compile_MissingLeftOperandAndFailingRight_EvaluatesBothAndThrows(string condition)
    {
        // The right operand is evaluated even when the left one is missing, compiled or traced, as in C#: a compiled
        // lifted operator alone would skip it, and the rule would be Indeterminate instead of an Error.
        var (verdict, traced) = ExpressionHost.CompileBoth(condition);
        var store = new Store { Owner = new Owner { Stores = 1 } };

        verdict.Invoking(run => run(store)).Should().Throw<Exception>().Which.Should().Match<Exception>(e => RuleErrors.Is(e));
        traced.Invoking(run => run(store)).Should().Throw<Exception>().Which.Should().Match<Exception>(e => RuleErrors.Is(e));
    }

    [Fact]
    public void Compile_IntegerOverflow_Throws()
    {
        var act = () => ExpressionHost.Condition("store.Count * 2147483647 > 1", new Store { Count = 3 });
        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("store.Count + store.Gmv", 12L)]
    [InlineData("store.Count * 1.5", 3.0)]
    [InlineData("store.Gmv % 3", 1L)]
    [InlineData("-store.Count + 1", -1)]
    [InlineData("7 / 2", 3)]
    [InlineData("7.0 / 2", 3.5)]
    public void Compile_MixedNumericOperands_PromotesAndComputes(string expression, object expected)
    {
        var value = ExpressionHost.Value(expression, new Store { Count = 2, Gmv = 10 });
        if (expected is double d)
        {
            value.Should().Be((decimal)d);
        }
        else
        {
            value.Should().Be(expected);
        }
    }

    [Fact]
    public void Compile_StringPlusString_Concatenates()
        => ExpressionHost.Value("store.Name + \"!\"", new Store { Name = "a" }).Should().Be("a!");

    [Fact]
    public void ToDecimal_Infinity_IsError()
    {
        var act = () => NumberConversions.ToDecimal(double.PositiveInfinity);
        act.Should().Throw<RuleEvaluationException>();
    }
}
