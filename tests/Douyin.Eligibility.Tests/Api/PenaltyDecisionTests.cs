using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Api;

/// <summary>The penalty ladder in the public model: steps Reached, NotReached or Undetermined, and the outcome without a type switch.</summary>
public sealed class PenaltyDecisionTests
{
    private static PenaltyDecision Decide(int points, string kind, bool? upheld)
        => TestRules.Evaluator.EvaluateStoreOperationPenalty(TestSnapshots.StoreOperationProvider() with
        {
            AsOf = new DateOnly(2024, 6, 30),
            Violations = [new ProviderViolation { Id = "V-0", Date = new DateOnly(2024, 3, 1), Points = points, Kind = kind, AppealUpheld = upheld }],
        }).Decision!;

    [Fact]
    public void Steps_ThresholdsPassed_AreReachedAndDecideTheLevel()
    {
        var decision = Decide(30, ProviderViolationKinds.ComplaintNotHandled, false);

        decision.Steps.Where(s => s.State == PenaltyStepState.Reached).Select(s => s.Level).Should().BeEquivalentTo([PenaltyLevel.ServiceHidden, PenaltyLevel.Delisted]);
        decision.Steps.Where(s => s.State == PenaltyStepState.Reached).Max(s => s.Level).Should().Be(decision.Level);
        decision.Steps.Should().Contain(s => s.Level == PenaltyLevel.Banned && s.State == PenaltyStepState.NotReached);
    }

    [Fact]
    public void Steps_UnjudgedHeavierLevel_IsUndeterminedAndTheDecisionIndeterminate()
    {
        var decision = Decide(12, ProviderViolationKinds.FalseInformation, null);

        decision.Steps.Should().Contain(s => s.Level == PenaltyLevel.ClearedOut && s.State == PenaltyStepState.Undetermined);
        decision.IsIndeterminate.Should().BeTrue();
        decision.OutcomeName.Should().Be("ServiceHidden");
        decision.OutcomeValue.Should().Be(PenaltyLevel.ServiceHidden);
    }

    [Fact]
    public void ShownOutcome_IndeterminatePenalty_NamesTheOpenLevel()
    {
        var decision = Decide(12, ProviderViolationKinds.FalseInformation, null);

        Eligibility.Families.EligibilityFamilies.StoreOperationPenalty.ShownOutcome(decision).Should().Be("ServiceHidden (ClearedOut indeterminate)");
        Eligibility.Families.EligibilityFamily.ComparedOutcome(decision).Should().Be("Indeterminate");
    }

    [Theory]
    [InlineData("en", "service hidden")]
    [InlineData("zh-CN", "服务隐藏")]
    public void GetOutcomeLabel_Culture_IsTheLevelsLabel(string culture, string label)
        => Decide(12, ProviderViolationKinds.ComplaintNotHandled, false).GetOutcomeLabel(System.Globalization.CultureInfo.GetCultureInfo(culture)).Should().Be(label);
}
