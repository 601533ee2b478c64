using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Binding;

public class BinderTests
{
    [Fact]
    public void Bind_UnknownMember_SuggestsNearestName()
        => ExpressionHost.Errors("store.Scroe > 4.1").Should().Equal("test.json(1,7): error DE3002: 'Store' has no member 'Scroe'. Did you mean 'Score'?");

    [Fact]
    public void Bind_UnknownName_SuggestsNearestName()
        => ExpressionHost.Errors("stor.Score > 4.1").Should().Equal("test.json(1,1): error DE3001: The name 'stor' does not exist. Did you mean 'store'?");

    [Fact]
    public void Bind_MemberNamesIgnoreCase_ResolveToMember()
        => ExpressionHost.BindOrFail("STORE.score > 4.1").Should().BeOfType<BoundBinary>().Which.Left.Path.Should().Be("store.Score");

    [Fact]
    public void Bind_AmbiguousMemberIgnoringCase_IsError()
        => ExpressionHost.Errors("store.value > 1", typeof(AmbiguousModel)).Should().Equal("test.json(1,7): error DE3003: 'value' is ambiguous on 'AmbiguousModel': it matches 'Value' and 'VALUE'.");

    [Fact]
    public void Bind_InputByPosition_IsInput1()
        => ExpressionHost.BindOrFail("input1.Score > 1").Should().BeOfType<BoundBinary>().Which.Left.Path.Should().Be("store.Score");

    [Theory]
    [InlineData("INPUT1.Score > 1")]
    [InlineData("Store.Score > 1")]
    public void Bind_InputNameOrPositionInAnyCase_IsTheInput(string expression)
        => ExpressionHost.BindOrFail(expression).Should().BeOfType<BoundBinary>().Which.Left.Path.Should().Be("store.Score");

    [Theory]
    [InlineData("input01.Score > 1", "input01")]
    [InlineData("input2.Score > 1", "input2")]
    [InlineData("input.Score > 1", "input")]
    public void Bind_OtherInputPosition_IsUnknownName(string expression, string name)
        => ExpressionHost.Bind(expression).Diagnostics.Should().ContainSingle().Which.Message.Should().Contain($"'{name}'");

    [Fact]
    public void Bind_ComparingStringWithNumber_ReportsTypes()
        => ExpressionHost.Errors("store.Name > 3").Should().Equal("test.json(1,12): error DE3004: Operator '>' needs two numbers or two dates, but got string and int.");

    [Fact]
    public void Bind_NonBooleanRule_IsError()
        => ExpressionHost.Errors("store.Score + 1").Should().Equal("test.json(1,1): error DE3008: A rule expression must be a condition (bool), but this is decimal.");

    [Fact]
    public void Bind_IntAndDecimal_PromoteToDecimal()
        => ExpressionHost.BindOrFail("store.Count + 0.5", condition: false).Type.Should().Be(ExprType.Decimal);

    [Fact]
    public void Bind_IntAndLong_PromoteToLong()
        => ExpressionHost.BindOrFail("store.Count + store.Gmv", condition: false).Type.Should().Be(ExprType.Long);

    [Fact]
    public void Bind_EnumComparedWithUnknownName_ListsValues()
        => ExpressionHost.Errors("store.Kind == \"Flagshp\"").Should().Equal("test.json(1,15): error DE3011: 'Flagshp' is not a value of StoreKind; expected one of Normal, Flagship, Virtual. Did you mean 'Flagship'?");

    [Fact]
    public void Bind_UnknownFunction_IsError()
        => ExpressionHost.Errors("store.Items.Exists(i => true)").Should().Equal("test.json(1,13): error DE3005: 'Exists' is not a function expressions can call. See docs/rule-language.md for the list.");

    [Fact]
    public void Bind_GetType_IsNotCallable()
        => ExpressionHost.Errors("store.GetType() == null").Should().ContainSingle().Which.Should().Contain("error DE3005: 'GetType' is not a function");

    [Fact]
    public void Bind_FunctionOnWrongReceiver_SaysWhereItIsDefined()
        => ExpressionHost.Errors("store.Score.Any()").Should().Equal("test.json(1,13): error DE3013: Any is defined for collections, not for decimal.");

    [Fact]
    public void Bind_WrongArgumentCount_ShowsUsage()
        => ExpressionHost.Errors("WithinLastDays(store.Opened)").Should().Equal("test.json(1,1): error DE3006: WithinLastDays takes 2 arguments but was given 1. Usage: WithinLastDays(date, days).");

    [Fact]
    public void Bind_WrongArgumentType_ShowsUsage()
        => ExpressionHost.Errors("WithinLastDays(store.Name, 3)").Should().Equal("test.json(1,16): error DE3007: Argument 1 of WithinLastDays must be date, but it is string. Usage: WithinLastDays(date, days).");

    [Fact]
    public void Bind_LambdaWhereValueExpected_IsError()
        => ExpressionHost.Errors("store.Items.Any(store.Flag)").Should().Equal("test.json(1,17): error DE3009: Any expects a lambda such as 'x => x.Amount > 0' here. Usage: collection.Any() or collection.Any(x => condition).");

    [Fact]
    public void Bind_LambdaBodyNotBoolean_IsError()
        => ExpressionHost.Errors("store.Items.All(i => i.Amount)").Should().Equal("test.json(1,17): error DE3007: The lambda of All must be a condition (bool), but it is decimal.");

    [Fact]
    public void Bind_BadDateLiteral_IsError()
        => ExpressionHost.Errors("store.Opened > Date(\"2024-13-01\")").Should().Equal("test.json(1,21): error DE3011: Date needs a constant date written as \"yyyy-MM-dd\", e.g. Date(\"2024-07-25\").");

    [Fact]
    public void Bind_CollectionPropertyCount_SuggestsCall()
        => ExpressionHost.Errors("store.Items.Count > 1").Should().Equal("test.json(1,13): error DE3002: A value of type collection of Item has no member 'Count'. Call it as a function: Count().");

    [Fact]
    public void Bind_SeveralErrorsInOneExpression_AreAllReported()
        => ExpressionHost.Errors("store.Scroe > 1 && store.Nmae == \"x\"").Should().HaveCount(2);

    [Fact]
    public void Bind_ConditionalBranchesOfDifferentTypes_IsError()
        => ExpressionHost.Errors("(store.Flag ? 1 : \"x\") == 1").Should().ContainSingle().Which.Should().Contain("DE3012");

    [Fact]
    public void Bind_ParamName_ResolvesWithValue()
        => ExpressionHost.BindOrFail("store.Score > MinScore").Should().BeOfType<BoundBinary>().Which.Right.ConstantValue.Should().Be(4.1m);

    [Fact]
    public void Bind_RuntimeTypesBeyondTheData_AreNotReachable()
        => ExprType.TryOf(typeof(Type)).Should().BeNull();

    [Fact]
    public void Bind_ArithmeticOnConstants_FoldsToConstant()
    {
        var bound = ExpressionHost.BindOrFail("1000000 * 100 + Limit", condition: false);
        bound.IsConstant.Should().BeTrue();
        bound.ConstantValue.Should().Be(100_000_003);
    }

    [Fact]
    public void Bind_ConstantDivisionByZero_IsLoadError()
        => ExpressionHost.Errors("store.Count > 1 / 0").Should().Equal("test.json(1,15): error DE3015: '1 / 0' cannot be computed: Attempted to divide by zero.");

    [Fact]
    public void Bind_ConstantOverflow_IsLoadError()
        => ExpressionHost.Errors("store.Count > 2147483647 + 1").Should().ContainSingle().Which.Should().Contain("error DE3015");

    [Theory]
    [InlineData("store.Score > MinScore && (store.Count + 1) * 2 > Limit")]
    [InlineData("store.Items.Any(i => i.Points > 3 && i.Code.StartsWith(\"A\")) || store.Kind == \"Flagship\"")]
    [InlineData("store.Count > 1 ? store.Gmv : Year(AddDays(store.Opened, 1))")]
    [InlineData("-store.Count < 5 && !store.Flag")]
    public void BindExpression_EveryNode_KeepsTheSpanOfItsText(string expression)
    {
        var bound = ExpressionHost.BindOrFail(expression, condition: false);

        var nodes = Descendants(bound).ToList();
        nodes.Should().OnlyContain(n => n.Source != null && n.Source.Text == expression);
        nodes.Select(n => expression.Substring(n.Start, n.Length)).Should().Equal(nodes.Select(n => n.Text));
    }

    [Fact]
    public void BindExpression_Node_LocatesItInTheFile()
    {
        var bound = (BoundBinary)ExpressionHost.BindOrFail("store.Score > MinScore");

        bound.Right.Location.Should().Be(new SourceLocation("test.json", 0, 14));
        bound.Left.Location.Should().Be(new SourceLocation("test.json", 0, 0));
    }

    private static IEnumerable<BoundExpression> Descendants(BoundExpression node)
        => node.Children.SelectMany(Descendants).Prepend(node);
}
