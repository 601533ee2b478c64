using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Tests.Binding;

/// <summary>Which params an expression uses, what computing it needs, and which use nests deepest.</summary>
public class ParamSymbolTests
{
    // A reads the input (nesting 1), B uses A (2), C uses B (3); K is a constant, which nests nothing.
    private static readonly ParamSymbol A = new("A", new BoundInput(ExprType.Integer, "x", 0, "x"), 0, []);
    private static readonly ParamSymbol B = new("B", new BoundParam("A", A), 1, [A]);
    private static readonly ParamSymbol C = new("C", new BoundParam("B", B), 2, [B]);
    private static readonly ParamSymbol K = new("K", new BoundLiteral(ExprType.Integer, "1", 1), 3, []);

    [Theory]
    [InlineData("A@0", "A@0")]
    [InlineData("A@0 B@4 K@8", "B@4")]
    [InlineData("K@0 C@4 B@8", "C@4")]
    [InlineData("B@0 A@4 B@8", "B@0")]
    [InlineData("K@0", "none")]
    public void DeepestUse_Uses_IsTheFirstUseOfTheDeepestNonConstantParam(string uses, string expected)
    {
        var deepest = ParamSymbol.DeepestUse(Sum(uses));

        (deepest is null ? "none" : $"{deepest.Symbol.Name}@{deepest.Start}").Should().Be(expected);
    }

    [Fact]
    public void UsedBy_Expression_ListsItsNonConstantParamsOnce()
        => ParamSymbol.UsedBy(Sum("B@0 K@4 B@8 A@12")).Should().BeEquivalentTo([B, A]).And.OnlyHaveUniqueItems();

    [Fact]
    public void ClosureOf_Expression_ListsEveryParamItNeedsDependenciesFirst()
        => ParamSymbol.ClosureOf(Sum("C@0 K@4")).Should().Equal(A, B, C);

    [Fact]
    public void Nesting_OfChain_CountsTheParamsBelow()
        => new[] { A.Nesting, B.Nesting, C.Nesting, K.Nesting }.Should().Equal(1, 2, 3, 1);

    private static BoundExpression Sum(string uses)
    {
        var symbols = new[] { A, B, C, K }.ToDictionary(p => p.Name);
        var nodes = uses.Split(' ').Select(u => u.Split('@')).Select(u => (BoundExpression)new BoundParam(u[0], symbols[u[0]]) { Start = int.Parse(u[1], System.Globalization.CultureInfo.InvariantCulture), Length = 1 });
        return nodes.Aggregate((left, right) => new BoundBinary(ExprType.Integer, "sum", BinaryOperator.Add, "+", left, right));
    }
}
