using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>Year(date)</c>: the calendar year, for rules that reset each year (e.g. points that reset on 31 December).</summary>
internal sealed class YearFunction : GlobalFunction
{
    public override string Name => "Year";

    public override string Usage => "Year(date)";

    protected override ExprType[] Parameters => [ExprType.Date];

    protected override ExprType ResultType => ExprType.Integer;

    protected override Delegate Implementation => Evaluate;

    private static int? Evaluate(DateOnly? date) => date?.Year;
}
