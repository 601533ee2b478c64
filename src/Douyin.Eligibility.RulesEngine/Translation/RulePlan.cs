using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Evaluation;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>How one rule's outcome is read back from the RulesEngine results: a leaf's pair, or nested rules combined.</summary>
internal abstract class RulePlan
{
    public abstract RuleOutcome Read(IReadOnlyList<RuleResultTree> results);

    /// <summary>A leaf: the results at <paramref name="whenTrue"/> and <paramref name="whenFalse"/> are its two forms.</summary>
    public static RulePlan Leaf(int whenTrue, int whenFalse) => new LeafPlan(whenTrue, whenFalse);

    /// <summary>A rule with nested rules, combined as the built-in engine combines them.</summary>
    public static RulePlan Nested(RuleOperator op, RulePlan[] children) => new NestedPlan(op, children);

    /// <summary>The outcome of a pair: an exception in either form is an error; the true form decides before the false one.</summary>
    public static RuleOutcome FromPair(RuleResultTree whenTrue, RuleResultTree whenFalse)
    {
        if (!string.IsNullOrEmpty(whenTrue.ExceptionMessage) || !string.IsNullOrEmpty(whenFalse.ExceptionMessage))
        {
            return RuleOutcome.Error;
        }

        return whenTrue.IsSuccess ? RuleOutcome.Passed : whenFalse.IsSuccess ? RuleOutcome.Failed : RuleOutcome.Indeterminate;
    }

    private sealed class LeafPlan(int whenTrue, int whenFalse) : RulePlan
    {
        public override RuleOutcome Read(IReadOnlyList<RuleResultTree> results) => FromPair(results[whenTrue], results[whenFalse]);
    }

    private sealed class NestedPlan(RuleOperator op, RulePlan[] children) : RulePlan
    {
        public override RuleOutcome Read(IReadOnlyList<RuleResultTree> results)
        {
            var outcomes = new RuleOutcome[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                outcomes[i] = children[i].Read(results);
            }

            return OutcomeLogic.Combine(op, outcomes);
        }
    }
}
