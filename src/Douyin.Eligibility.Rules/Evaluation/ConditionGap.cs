using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// How far a failed numeric condition is from passing: the observed value must become <see cref="Required"/>,
/// a change of <see cref="Change"/>. For a strict bound the step is 1 for whole numbers and one tenth of the
/// threshold's last decimal place otherwise (so "&gt; 4.1" needs 4.11).
/// </summary>
/// <param name="Subject">The observed operand as written (e.g. <c>merchant.StoreScore</c>).</param>
/// <param name="Observed">Its value.</param>
/// <param name="Operator">The condition on the subject, written with the subject on the left (e.g. <c>&gt;</c>).</param>
/// <param name="Threshold">The value it is compared with.</param>
/// <param name="Required">The nearest value that passes.</param>
/// <param name="Change">Required minus observed (negative: it must go down).</param>
public sealed record ConditionGap(string Subject, decimal Observed, string Operator, decimal Threshold, decimal Required, decimal Change)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{Subject} {Operator} {TraceEntry.FormatValue(Threshold)}: {TraceEntry.FormatValue(Observed)} → {TraceEntry.FormatValue(Required)} ({(Change >= 0 ? "+" : string.Empty)}{TraceEntry.FormatValue(Change)})";

    internal static ConditionGap? TryCompute(TraceSite site, object? left, object? right)
    {
        if (site.LeftIsThreshold == site.RightIsThreshold || AsDecimal(left) is not { } l || AsDecimal(right) is not { } r)
        {
            return null;
        }

        // Put the observed value on the left: "4.1 < score" is "score > 4.1".
        var observedOnLeft = site.RightIsThreshold;
        var op = observedOnLeft ? site.Operator : Flip(site.Operator);
        var (observed, threshold, subject) = observedOnLeft ? (l, r, site.LeftText!) : (r, l, site.RightText!);
        var step = site.IsIntegral ? 1m : Step(threshold);
        decimal? required = op switch
        {
            BinaryOperator.Greater => threshold + step,
            BinaryOperator.GreaterOrEqual => threshold,
            BinaryOperator.Less => threshold - step,
            BinaryOperator.LessOrEqual => threshold,
            _ => null,
        };
        return required is { } value
            ? new ConditionGap(subject, observed, Symbol(op!.Value), threshold, value, value - observed)
            : null;
    }

    private static decimal Step(decimal threshold)
    {
        var scale = (decimal.GetBits(threshold)[3] >> 16) & 0xFF;
        var step = 1m;
        for (var i = 0; i <= scale; i++)
        {
            step /= 10;
        }

        return step;
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

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Less => "<",
        _ => "<=",
    };
}
