using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.History.Records;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.History.Recording;

/// <summary>Turns a decision of the typed API into the record a <see cref="IDecisionStore"/> keeps.</summary>
public static class DecisionRecords
{
    /// <summary>
    /// The record of <paramref name="decision"/>: its outcome (<see cref="EligibilityFamily.ComparedOutcome"/>), whether that
    /// is the family's good outcome (the first of <see cref="EligibilityFamily.OutcomeNames"/>), every check that did not
    /// pass and every passing numeric check with its observed value and threshold. Observed values, thresholds and gaps are
    /// there only for an explained decision (<see cref="EvaluationSettings.Explain"/>).
    /// </summary>
    /// <param name="family">The decision's family.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="snapshotJson">The snapshot as JSON, kept for replay; null to keep none.</param>
    public static DecisionRecord From(EligibilityFamily family, EligibilityDecision decision, string? snapshotJson = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(decision);
        var outcome = EligibilityFamily.ComparedOutcome(decision);
        var conditions = new List<ConditionRecord>();
        foreach (var check in decision.Checks)
        {
            var numeric = Numeric(check);
            if (check.Outcome == RuleOutcome.Passed && numeric is null)
            {
                continue;
            }

            var gap = check.Gap;
            conditions.Add(new ConditionRecord(
                check.RuleName,
                check.Code ?? check.RuleName,
                check.Outcome.ToString(),
                gap?.Subject ?? numeric?.Field,
                gap?.Operator ?? numeric?.Operator,
                gap?.Observed ?? numeric?.Observed,
                gap?.Threshold ?? numeric?.Threshold,
                gap?.Required,
                gap?.Change));
        }

        return new DecisionRecord(
            family.WorkflowName,
            decision.SubjectId,
            decision.AsOf,
            outcome,
            string.Equals(outcome, family.OutcomeNames[0], StringComparison.Ordinal),
            decision.WorkflowVersion,
            decision.RuleSetHash,
            conditions,
            snapshotJson);
    }

    /// <summary>The check's deciding comparison when both sides are numbers (the observed operand on the left, as the rules write it).</summary>
    private static (string? Field, string? Operator, decimal Observed, decimal Threshold)? Numeric(DecisionReason check)
    {
        if (check.Gap is { } gap)
        {
            return (gap.Subject, gap.Operator, gap.Observed, gap.Threshold);
        }

        if (AsDecimal(check.Observed) is not { } observed || AsDecimal(check.Threshold) is not { } threshold)
        {
            return null;
        }

        // Passed comparisons have no gap; the condition text "left (value) op right (value) → true" gives the operand and operator.
        var (field, op) = Split(check.Condition);
        return (field, op, observed, threshold);
    }

    private static (string? Field, string? Operator) Split(string? condition)
    {
        if (condition is null)
        {
            return (null, null);
        }

        foreach (var op in Operators)
        {
            var at = condition.IndexOf(op, StringComparison.Ordinal);
            if (at > 0)
            {
                var left = condition[..at].Trim();
                var paren = left.IndexOf(" (", StringComparison.Ordinal);
                return (paren > 0 ? left[..paren] : left, op.Trim());
            }
        }

        return (null, null);
    }

    private static readonly string[] Operators = [" >= ", " <= ", " == ", " != ", " > ", " < "];

    private static decimal? AsDecimal(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d when double.IsFinite(d) => (decimal)d,
        _ => null,
    };
}
