using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Api;

public class AllianceAdmissionTests
{
    private static EligibilityEvaluator Evaluator => TestRules.Evaluator;

    [Fact]
    public void GoodStore_IsEligible_WithOpeningsRemainingAndReplayIdentity()
    {
        var result = Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant());

        result.IsSuccess.Should().BeTrue();
        var decision = result.Decision!;
        decision.Outcome.Should().Be(AdmissionOutcome.Eligible);
        decision.IsEligible.Should().BeTrue();
        decision.Reasons.Should().BeEmpty();
        decision.Checks.Should().HaveCount(4).And.OnlyContain(c => c.Outcome == RuleOutcome.Passed);
        decision.OpeningsRemaining.Should().Be(2);
        decision.WorkflowName.Should().Be("AllianceAdmission");
        decision.WorkflowVersion.Should().Be("2024-07-25");
        decision.EffectiveFrom.Should().Be(new DateOnly(2024, 7, 25));
        decision.RuleSetHash.Should().Be(Evaluator.CurrentRuleSet.ContentHash).And.MatchRegex("^[0-9a-f]{64}$");
        decision.SubjectId.Should().Be("SHOP-1");
        decision.AsOf.Should().Be(new DateOnly(2024, 8, 1));
    }

    [Fact]
    public void LowStoreScore_IsNotEligible_WithCodeMessageObservedThresholdAndGap()
    {
        var merchant = TestRules.GoodMerchant() with { StoreScore = 4.05m };

        var decision = Evaluator.EvaluateAllianceAdmission(merchant).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        var reason = decision.Reasons.Should().ContainSingle().Subject;
        reason.Code.Should().Be("ALLIANCE_STORE_SCORE_TOO_LOW");
        reason.RuleName.Should().Be("StoreScoreAboveMinimum");
        reason.Outcome.Should().Be(RuleOutcome.Failed);
        reason.Message.Should().Be("店铺评分 4.05 未高于 4.1");
        reason.Observed.Should().Be(4.05m);
        reason.Threshold.Should().Be(4.1m);
        reason.Condition.Should().Be("merchant.StoreScore (4.05) > MinStoreScore (4.1) → false");
        reason.Gap!.Required.Should().Be(4.11m);
        reason.Gap.Change.Should().Be(0.06m);
        reason.MissingFields.Should().BeEmpty();
    }

    [Fact]
    public void Messages_CultureRequested_FollowTheCulture()
    {
        var merchant = TestRules.GoodMerchant() with { StoreScore = 4.05m };

        Evaluator.EvaluateAllianceAdmission(merchant, TestRules.En).Decision!.Reasons[0].Message
            .Should().Be("Store score 4.05 is not above 4.1");
        Evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.Chinese).Decision!.Reasons[0].Message
            .Should().Be("店铺评分 4.05 未高于 4.1");
    }

    [Fact]
    public void MissingValue_IsIndeterminate_AndNamesTheField()
    {
        var merchant = TestRules.GoodMerchant() with { PositiveRate = null };

        var decision = Evaluator.EvaluateAllianceAdmission(merchant).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.Indeterminate);
        var reason = decision.Reasons.Should().ContainSingle().Subject;
        reason.Code.Should().Be("ALLIANCE_POSITIVE_RATE_TOO_LOW");
        reason.Outcome.Should().Be(RuleOutcome.Indeterminate);
        reason.MissingFields.Should().Equal("merchant.PositiveRate");
        reason.Gap.Should().BeNull();
    }

    [Fact]
    public void Outcome_FailureAndIndeterminate_IsNotEligible()
    {
        var merchant = TestRules.GoodMerchant() with { PositiveRate = null, Gmv30dFen = 0 };

        var decision = Evaluator.EvaluateAllianceAdmission(merchant).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons.Select(r => r.Code).Should().Equal("ALLIANCE_POSITIVE_RATE_TOO_LOW", "ALLIANCE_NO_GMV");
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    [InlineData(5, 0)]
    public void OpeningsRemaining_IsMaxMinusUsed_NeverNegative(int used, int remaining)
        => Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { AllianceOpeningsUsed = used }).Decision!.OpeningsRemaining.Should().Be(remaining);

    [Fact]
    public void OpeningsRemaining_UsedUnknown_IsUnknown()
        => Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { AllianceOpeningsUsed = null }).Decision!.OpeningsRemaining.Should().BeNull();

    [Fact]
    public void Evaluate_ExplainOff_GivesTheSameOutcomeWithoutTrace()
    {
        var merchant = TestRules.GoodMerchant() with { StoreScore = 4.05m, PositiveRate = null };

        var decision = Evaluator.EvaluateAllianceAdmission(merchant, new EvaluationSettings { Explain = false }).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons[0].Gap.Should().BeNull();
        decision.Reasons[0].Condition.Should().BeNull();
        decision.Reasons[0].Message.Should().Be("店铺评分 4.05 未高于 4.1");
        decision.Reasons[1].MissingFields.Should().Equal("merchant.PositiveRate");
    }
}
