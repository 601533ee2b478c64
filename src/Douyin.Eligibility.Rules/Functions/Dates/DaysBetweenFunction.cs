using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>DaysBetween(from, to)</c>: whole days from one date to another (negative when <c>to</c> is earlier).</summary>
internal sealed class DaysBetweenFunction : GlobalFunction
{
    public override string Name => "DaysBetween";

    public override string Usage => "DaysBetween(fromDate, toDate)";

    protected override ExprType[] Parameters => [ExprType.Date, ExprType.Date];

    protected override ExprType ResultType => ExprType.Integer;

    protected override Delegate Implementation => Evaluate;

    private static int? Evaluate(DateOnly? from, DateOnly? to)
        => from is { } f && to is { } t ? t.DayNumber - f.DayNumber : null;
}
