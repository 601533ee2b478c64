using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>Abs(number)</c>: the absolute value, as a decimal.</summary>
internal sealed class AbsFunction : GlobalFunction
{
    public override string Name => "Abs";

    public override string Usage => "Abs(number)";

    protected override ExprType[] Parameters => [ExprType.Decimal];

    protected override ExprType ResultType => ExprType.Decimal;

    protected override Delegate Implementation => Evaluate;

    private static decimal? Evaluate(decimal? value) => value is { } v ? Math.Abs(v) : null;
}
