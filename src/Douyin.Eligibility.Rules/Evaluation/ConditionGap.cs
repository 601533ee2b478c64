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

    internal static ConditionGap? TryCompute(TraceSite site, object? left, object? right) => TryCompute(site, ConditionBound.TryCreate(site, left, right));

    /// <summary>The gap of a failed comparison whose bound is already known (a trace entry computes it once for both).</summary>
    internal static ConditionGap? TryCompute(TraceSite site, ConditionBound? bound)
    {
        if (bound is null)
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

    internal static decimal Step(decimal threshold)
    {
        var scale = threshold.Scale;
        if (scale < MaxDirectStepScale)
        {
            // One unit of the next decimal place, written directly: the value (and scale) the divisions below give.
            return new decimal(1, 0, 0, false, (byte)(scale + 1));
        }

        return StepByDivision(scale);
    }

    /// <summary>Beyond this scale the divisions round (there is no 29th decimal place), so they are left to run as written.</summary>
    private const int MaxDirectStepScale = 27;

    /// <summary>1 divided by ten, <paramref name="scale"/> + 1 times: the step as first written (and the reference for tests).</summary>
    internal static decimal StepByDivision(int scale)
    {
        var step = 1m;
        for (var i = 0; i <= scale; i++)
        {
            step /= 10;
        }

        return step;
    }
}
