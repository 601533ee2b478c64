using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// A numeric ordering comparison of an observed value against a threshold, written with the observed value on the left,
/// whether it held or not: how near a passing value is to failing (and a failing one's gap, <see cref="ConditionGap"/>).
/// </summary>
/// <param name="Subject">The observed operand as written (e.g. <c>merchant.ExperienceScore</c>).</param>
/// <param name="Observed">Its value.</param>
/// <param name="Operator">The condition on the subject: <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c> or <c>&lt;=</c>.</param>
/// <param name="Threshold">The value it is compared with.</param>
public sealed record ConditionBound(string Subject, decimal Observed, string Operator, decimal Threshold)
{
    /// <summary>|observed − threshold|.</summary>
    public decimal Distance => Math.Abs(Observed - Threshold);

    /// <inheritdoc />
    public override string ToString() => $"{Subject} ({TraceEntry.FormatValue(Observed)}) {Operator} {TraceEntry.FormatValue(Threshold)}";

    /// <summary>The bound of a traced comparison: one side a threshold (a param or constant), the other not, both numbers, an ordering operator.</summary>
    internal static ConditionBound? TryCreate(TraceSite site, object? left, object? right)
    {
        if (site.LeftIsThreshold == site.RightIsThreshold || AsDecimal(left) is not { } l || AsDecimal(right) is not { } r)
        {
            return null;
        }

        // Put the observed value on the left: "4.1 < score" is "score > 4.1".
        var observedOnLeft = site.RightIsThreshold;
        var op = observedOnLeft ? site.Operator : Flip(site.Operator);
        var (observed, threshold, subject) = observedOnLeft ? (l, r, site.LeftText!) : (r, l, site.RightText!);
        return Symbol(op) is { } symbol ? new ConditionBound(subject, observed, symbol, threshold) : null;
    }

    private static decimal? AsDecimal(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        _ => null,
    };

    private static BinaryOperator? Flip(BinaryOperator? op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    private static string? Symbol(BinaryOperator? op) => op switch
    {
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        _ => null,
    };
}
