using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Api;

public class ValidationAndVersionTests
{
    private static EligibilityEvaluator Evaluator => TestRules.Evaluator;

    [Fact]
    public void InvalidSnapshot_GivesNoDecision_AndEveryError()
    {
        var merchant = TestRules.GoodMerchant() with { PositiveRate = 1.2m, Gmv30dFen = -1 };

        var result = Evaluator.EvaluateAllianceAdmission(merchant);

        result.IsSuccess.Should().BeFalse();
        result.Decision.Should().BeNull();
        result.SubjectId.Should().Be("SHOP-1");
        result.ValidationErrors.Select(e => (e.Code, e.Field)).Should().BeEquivalentTo(new[]
        {
            (ValidationCodes.NegativeMoney, "gmv30dFen"),
            (ValidationCodes.RateOutOfRange, "positiveRate"),
        });
    }

    [Fact]
    public void NullSnapshot_IsInvalid_NotAnException()
    {
        var result = Evaluator.EvaluateBrandRenewal(null);

        result.IsSuccess.Should().BeFalse();
        result.ValidationErrors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.SnapshotMissing);
    }

    [Fact]
    public void Evaluate_SnapshotDate_ChoosesTheVersionInForce()
    {
        var merchant = TestRules.GoodMerchant() with { AsOf = new DateOnly(2024, 7, 24), ExperienceScore = 4.1m };

        var decision = Evaluator.EvaluateAllianceAdmission(merchant).Decision!;

        decision.WorkflowVersion.Should().Be("2022-08-22");
        decision.EffectiveFrom.Should().Be(new DateOnly(2022, 8, 22));
        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons.Should().ContainSingle().Which.Code.Should().Be("ALLIANCE_EXPERIENCE_SCORE_TOO_LOW");
        decision.OpeningsRemaining.Should().Be(2);
    }

    [Fact]
    public void Evaluate_DayBeforeNewVersion_UsesOldVersion()
        => Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { AsOf = new DateOnly(2024, 7, 24) }).Decision!.WorkflowVersion.Should().Be("2022-08-22");

    [Fact]
    public void Evaluate_ExplicitVersionNeverChosenByDate_IsEvaluated()
    {
        var merchant = TestRules.GoodMerchant() with { ExperienceScore = 72m, ExperienceScoreScale = ScoreScale.HundredPoint };

        var decision = Evaluator.EvaluateAllianceAdmission(merchant, new EvaluationSettings { Version = "100-point" }).Decision!;

        decision.WorkflowVersion.Should().Be("100-point");
        decision.Outcome.Should().Be(AdmissionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_ExplicitVersion_ScaleStillChecked()
    {
        var result = Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant(), new EvaluationSettings { Version = "100-point" });

        result.ValidationErrors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.ScoreScaleMismatch);
    }

    [Fact]
    public void Evaluate_UnknownExplicitVersion_Throws()
    {
        var act = () => Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant(), new EvaluationSettings { Version = "1999" });

        act.Should().Throw<KeyNotFoundException>().WithMessage("*AllianceAdmission*1999*");
    }

    [Fact]
    public void Evaluate_DateBeforeAnyVersion_IsInvalidWithNoRulesInForce()
    {
        var result = Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { AsOf = new DateOnly(2021, 1, 1), SettledDate = null, PenaltyHistoryFrom = null, Penalties = [], Products = [] });

        result.IsSuccess.Should().BeFalse();
        result.ValidationErrors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Code == ValidationCodes.NoRulesInForce && e.Field == "asOf");
    }
}
