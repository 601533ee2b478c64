using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// Turns values and exceptions into results: <see cref="Run"/> runs one rule (and its children) and builds its whole
/// result at once (test builds that count work); <see cref="Fail"/> describes an error found by the fused verdict.
/// </summary>
internal static class RuleRunner
{
    public static RuleResult Run(CompiledRule rule, EvaluationState state, bool explain)
    {
        if (!rule.IsLeaf)
        {
            var children = new RuleResult[rule.Children.Count];
            var outcomes = new RuleOutcome[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = Run(rule.Children[i], state, explain);
                outcomes[i] = children[i].Outcome;
            }

            var outcome = OutcomeLogic.Combine(rule.Info.Operator!.Value, outcomes);
            return new RuleResult(rule, state, outcome, (IReadOnlyList<RuleResult>)children)
            {
                // Only an undecided combination owes an account of what was missing.
                MissingFields = outcome == RuleOutcome.Indeterminate ? children.SelectMany(c => c.MissingFields).Distinct().ToArray() : [],
            };
        }

        try
        {
            if (!explain)
            {
                var before = state.Work;
                var value = rule.Verdict!(state);
                if (value is not null)
                {
                    return new RuleResult(rule, state, OutcomeLogic.FromValue(value), []) { Work = state.Work - before };
                }
            }

            // Explaining, or Unknown: the explaining variant also tells which inputs were missing.
            var (explained, recorder, work) = rule.Explain(state.Inputs, state.AsOf);
            return new RuleResult(rule, state, OutcomeLogic.FromValue(explained), [])
            {
                Trace = explain ? recorder.Entries : [],
                MissingFields = explained is null ? recorder.Missing : [],
                Work = work,
            };
        }
        catch (Exception ex) when (IsRuleError(ex))
        {
            return new RuleResult(rule, state, RuleOutcome.Error, []) { Failure = Describe(rule, state, ex) };
        }
    }

    /// <summary>
    /// For a leaf whose outcome is <see cref="RuleOutcome.Error"/>: reruns it for the exception, then places it. Null for
    /// other outcomes and for rules with nested rules (their children carry the errors).
    /// </summary>
    public static RuleFailure? Fail(CompiledRule rule, EvaluationState state, RuleOutcome outcome)
    {
        if (outcome != RuleOutcome.Error || !rule.IsLeaf)
        {
            return null;
        }

        return rule.Rerun(state) is { } ex ? Describe(rule, state, ex) : null;
    }

    private static RuleFailure Describe(CompiledRule rule, EvaluationState state, Exception ex)
    {
        var location = rule.Locate(state.Inputs, state.AsOf);

        // In the UI culture current when the message is built, as .NET's own exception messages are.
        return new(
            Messages.Get("Runtime_RuleNotEvaluated", rule.Info.Name, ex is RuleEvaluationException own ? own.Text : ex.Message).ToString()
                + (location is { } at ? Messages.Get("Runtime_At", at).ToString() : string.Empty),
            location);
    }

    /// <summary>The failures that make a rule an Error rather than a bug: arithmetic, a guard, a conversion, a date out of range.</summary>
    public static bool IsRuleError(Exception exception) => RuleErrors.Is(exception);
}
