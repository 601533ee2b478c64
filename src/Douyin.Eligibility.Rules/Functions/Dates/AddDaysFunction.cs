using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>AddDays(date, n)</c>: the date n days later (n may be negative).</summary>
internal sealed class AddDaysFunction : GlobalFunction
{
    public override string Name => "AddDays";

    public override string Usage => "AddDays(date, days)";

    protected override ExprType[] Parameters => [ExprType.Date, ExprType.Integer];

    protected override ExprType ResultType => ExprType.Date;

    private static DateOnly? Evaluate(DateOnly? date, int? days)
        => date is { } d && days is { } n ? d.AddDays(n) : null;
}
