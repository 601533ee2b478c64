using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>AddDays(date, n)</c>: the date n days later (n may be negative).</summary>
internal sealed class AddDaysFunction : GlobalFunction
{
    public override string Name => "AddDays";

    public override string Usage => "AddDays(date, days)";

    protected override ExprType[] Parameters => [ExprType.Date, ExprType.Integer];

    protected override ExprType ResultType => ExprType.Date;

    protected override Delegate Implementation => Evaluate;

    private static DateOnly? Evaluate(DateOnly? date, int? days)
    {
        if (date is not { } d || days is not { } n)
        {
            return null;
        }

        var dayNumber = (long)d.DayNumber + n;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new RuleEvaluationException("Runtime_AddDaysOutOfRange", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), n);
    }
}
