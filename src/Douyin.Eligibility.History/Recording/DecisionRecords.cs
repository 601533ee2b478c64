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
    /// pass and every passing check with a numeric threshold (<see cref="DecisionReason.Bound"/>) with its observed value and threshold. Observed values, thresholds and gaps are
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
            var bound = check.Bound;
            if (check.Outcome == RuleOutcome.Passed && bound is null)
            {
                continue;
            }

            // The gap's comparison is the deciding one; a rule without one reports its first bound.
            var gap = check.Gap;
            conditions.Add(new ConditionRecord(
                check.RuleName,
                check.Code ?? check.RuleName,
                check.Outcome.ToString(),
                gap?.Subject ?? bound?.Subject,
                gap?.Operator ?? bound?.Operator,
                gap?.Observed ?? bound?.Observed,
                gap?.Threshold ?? bound?.Threshold,
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
}
