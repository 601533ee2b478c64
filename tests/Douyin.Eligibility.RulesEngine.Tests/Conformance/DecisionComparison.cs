using Douyin.Eligibility.Decisions;

namespace Douyin.Eligibility.Testing.Conformance;

/// <summary>
/// Compares what two evaluators decided for the same snapshot: validity (and the validation codes), the workflow
/// version, the outcome, and every check's rule, reason code, outcome and message.
/// </summary>
public static class DecisionComparison
{
    /// <summary>Null when <paramref name="expected"/> and <paramref name="actual"/> decide the same; else what differs, first.</summary>
    /// <param name="expected">The built-in engine's result.</param>
    /// <param name="actual">The other backend's result.</param>
    public static string? Difference<TDecision>(EligibilityResult<TDecision> expected, EligibilityResult<TDecision> actual)
        where TDecision : EligibilityDecision
    {
        var subject = $"{expected.SubjectId} @ {expected.AsOf:yyyy-MM-dd}";
        var expectedErrors = string.Join(",", expected.ValidationErrors.Select(e => e.Code + " " + e.Field));
        var actualErrors = string.Join(",", actual.ValidationErrors.Select(e => e.Code + " " + e.Field));
        if (expectedErrors != actualErrors)
        {
            return $"{subject}: validation [{expectedErrors}] vs [{actualErrors}]";
        }

        if (expected.Decision is not { } a || actual.Decision is not { } b)
        {
            return null;
        }

        var where = $"{subject} {a.WorkflowName} ({a.WorkflowVersion})";
        if (a.WorkflowVersion != b.WorkflowVersion)
        {
            return $"{where}: version {a.WorkflowVersion} vs {b.WorkflowVersion}";
        }

        if (a.OutcomeName != b.OutcomeName)
        {
            return $"{where}: outcome {a.OutcomeName} vs {b.OutcomeName}; checks {Checks(a)} vs {Checks(b)}";
        }

        var reasons = Codes(a.Reasons);
        if (reasons != Codes(b.Reasons))
        {
            return $"{where}: reasons {reasons} vs {Codes(b.Reasons)}";
        }

        for (var i = 0; i < Math.Max(a.Checks.Count, b.Checks.Count); i++)
        {
            if (i >= a.Checks.Count || i >= b.Checks.Count)
            {
                return $"{where}: {a.Checks.Count} checks vs {b.Checks.Count}";
            }

            var (x, y) = (a.Checks[i], b.Checks[i]);
            if (x.RuleName != y.RuleName || x.Code != y.Code || x.Outcome != y.Outcome)
            {
                return $"{where}: check {i} {x.RuleName} {x.Code} {x.Outcome} vs {y.RuleName} {y.Code} {y.Outcome}";
            }

            if (x.Message != y.Message)
            {
                return $"{where}: message of {x.RuleName} ({x.Outcome}) \"{x.Message}\" vs \"{y.Message}\"";
            }
        }

        return null;
    }

    private static string Checks(EligibilityDecision decision) => string.Join(",", decision.Checks.Select(c => $"{c.RuleName}={c.Outcome}"));

    private static string Codes(IEnumerable<DecisionReason> reasons) => "[" + string.Join(",", reasons.Select(r => $"{r.Code ?? r.RuleName}:{r.Outcome}")) + "]";
}
