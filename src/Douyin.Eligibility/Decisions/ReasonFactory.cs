using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>Turns engine rule results into <see cref="DecisionReason"/>s.</summary>
internal static class ReasonFactory
{
    public static DecisionReason From(RuleResult result, CultureInfo culture)
    {
        var comparison = DecidingComparison(result);
        var gap = comparison?.Gap;
        return new DecisionReason(result, culture)
        {
            Code = result.Rule.ReasonCode,
            Source = result.Rule.Source,
            MissingFields = result.MissingFields,
            ErrorMessage = result.ErrorMessage,
            Condition = comparison?.ToString(),
            Gap = gap,
            Observed = gap is not null ? gap.Observed : comparison?.LeftValue,
            Threshold = gap is not null ? gap.Threshold : comparison?.RightValue,
        };
    }

    /// <summary>
    /// The first comparison of the trace that explains the outcome: one with a gap, else one that did not hold,
    /// else the first comparison (nested rules' traces included, depth first).
    /// </summary>
    private static TraceEntry? DecidingComparison(RuleResult result)
    {
        if (result.Trace.Count == 0 && result.Children.Count == 0)
        {
            return null;
        }

        var comparisons = Trace(result).Where(t => t.Operator is not null).ToList();
        return comparisons.FirstOrDefault(t => t.Gap is not null)
            ?? comparisons.FirstOrDefault(t => t.Result != true)
            ?? comparisons.FirstOrDefault();
    }

    private static IEnumerable<TraceEntry> Trace(RuleResult result)
        => result.Trace.Concat(result.Children.SelectMany(Trace));
}
