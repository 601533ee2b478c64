using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>Three-valued combination of rule outcomes (And / Or), plus errors.</summary>
public class OutcomeLogicTests
{
    [Theory]
    [InlineData(true, RuleOutcome.Passed)]
    [InlineData(false, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void FromValue_ConditionValue_GivesOutcome(bool? value, RuleOutcome expected)
        => OutcomeLogic.FromValue(value).Should().Be(expected);

    [Theory]
    [InlineData(RuleOperator.And, "Passed,Passed", RuleOutcome.Passed)]
    [InlineData(RuleOperator.And, "Passed,Failed,Error", RuleOutcome.Failed)]
    [InlineData(RuleOperator.And, "Indeterminate,Error,Passed", RuleOutcome.Error)]
    [InlineData(RuleOperator.And, "Indeterminate,Passed", RuleOutcome.Indeterminate)]
    [InlineData(RuleOperator.And, "", RuleOutcome.Passed)]
    [InlineData(RuleOperator.Or, "Failed,Failed", RuleOutcome.Failed)]
    [InlineData(RuleOperator.Or, "Error,Failed,Passed", RuleOutcome.Passed)]
    [InlineData(RuleOperator.Or, "Indeterminate,Error,Failed", RuleOutcome.Error)]
    [InlineData(RuleOperator.Or, "Failed,Indeterminate", RuleOutcome.Indeterminate)]
    [InlineData(RuleOperator.Or, "", RuleOutcome.Failed)]
    public void Combine_Outcomes_DecisiveThenErrorThenIndeterminate(RuleOperator op, string outcomes, RuleOutcome expected)
    {
        var parsed = outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RuleOutcome>).ToArray();

        OutcomeLogic.Combine(op, parsed).Should().Be(expected);
    }
}
