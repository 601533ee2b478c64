using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>StartOfYear(date)</c>: 1 January of the date's year, for rules whose counts reset every year.</summary>
internal sealed class StartOfYearFunction : GlobalFunction
{
    public override string Name => "StartOfYear";

    public override string Usage => "StartOfYear(date)";

    protected override ExprType[] Parameters => [ExprType.Date];

    protected override ExprType ResultType => ExprType.Date;

    protected override Delegate Implementation => Evaluate;

    private static DateOnly? Evaluate(DateOnly? date) => date is { } d ? new DateOnly(d.Year, 1, 1) : null;
}
