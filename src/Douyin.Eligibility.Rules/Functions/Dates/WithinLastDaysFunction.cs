using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>
/// <c>WithinLastDays(date, n)</c>: the date lies in the n-day window that ends on the evaluation date,
/// inclusive: <c>AsOf - n &lt; date &lt;= AsOf</c>. This is the one window convention of the language.
/// </summary>
internal sealed class WithinLastDaysFunction : GlobalFunction
{
    public override string Name => "WithinLastDays";

    public override string Usage => "WithinLastDays(date, days)";

    protected override ExprType[] Parameters => [ExprType.Date, ExprType.Integer];

    protected override ExprType ResultType => ExprType.Boolean;

    protected override Delegate Implementation => Evaluate;

    protected override bool NeedsAsOf => true;

    // In long arithmetic: AsOf - n must not wrap for any int n (a negative window is empty).
    internal static bool? Evaluate(DateOnly? date, int? days, DateOnly asOf)
        => date is { } d && days is { } n ? d.DayNumber > (long)asOf.DayNumber - n && d.DayNumber <= asOf.DayNumber : null;
}
