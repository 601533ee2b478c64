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
        if (ConditionBound.TryCreate(site, left, right) is not { } bound)
        {
            return null;
        }

        var (observed, threshold) = (bound.Observed, bound.Threshold);
        var step = site.IsIntegral ? 1m : Step(threshold);
        decimal? required = bound.Operator switch
        {
            ">" => threshold + step,
            ">=" => threshold,
            "<" => threshold - step,
            "<=" => threshold,
            _ => null,
        };
        return required is { } value
            ? new ConditionGap(bound.Subject, observed, bound.Operator, threshold, value, value - observed)
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
}
