namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>Three-valued combination of outcomes, used by nested rules and by whole workflows.</summary>
internal static class OutcomeLogic
{
    public static RuleOutcome FromValue(bool? value) => value switch
    {
        true => RuleOutcome.Passed,
        false => RuleOutcome.Failed,
        null => RuleOutcome.Indeterminate,
    };

    /// <summary>
    /// And: any Failed decides Failed; else any Error gives Error; else any Indeterminate gives Indeterminate; else Passed.
    /// Or: any Passed decides Passed; else Error, then Indeterminate, as for And; else Failed.
    /// </summary>
    public static RuleOutcome Combine(RuleOperator op, IReadOnlyList<RuleOutcome> outcomes)
    {
        var decisive = op == RuleOperator.And ? RuleOutcome.Failed : RuleOutcome.Passed;
        var sawError = false;
        var sawUnknown = false;
        foreach (var outcome in outcomes)
        {
            if (outcome == decisive)
            {
                return decisive;
            }

            sawError |= outcome == RuleOutcome.Error;
            sawUnknown |= outcome == RuleOutcome.Indeterminate;
        }

        if (sawError)
        {
            return RuleOutcome.Error;
        }

        if (sawUnknown)
        {
            return RuleOutcome.Indeterminate;
        }

        return op == RuleOperator.And ? RuleOutcome.Passed : RuleOutcome.Failed;
    }
}
